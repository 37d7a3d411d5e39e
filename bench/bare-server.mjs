// The reference for the API budget: a bare Fastify handler that returns the same bytes as
// GET /api/points/:code, with nothing else (no validation, no hooks, no logging).
import Fastify from 'fastify';

const payload = process.env.BARE_PAYLOAD ?? '{"ok":true}';
const app = Fastify({ logger: false });
app.get('/api/points/:code', (_req, reply) => {
  reply.header('content-type', 'application/json; charset=utf-8').send(payload);
});
app.get('/', (_req, reply) => {
  reply
    .header('content-type', 'text/html; charset=utf-8')
    .send('<!doctype html><title>bare</title>');
});
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
