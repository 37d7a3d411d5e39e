import Fastify from 'fastify';
import { describe, expect, it, vi } from 'vitest';
import { lazyChildLogger } from './lazy-child-logger.js';

function parent() {
  const lines: Record<string, unknown>[] = [];
  // Fastify's own logger (pino), as the app makes it.
  const logger = Fastify({
    logger: {
      level: 'info',
      stream: {
        write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>),
      },
    },
  }).log;
  return { logger, lines, child: vi.spyOn(logger, 'child') };
}
const make = (p: ReturnType<typeof parent>, level?: string) =>
  lazyChildLogger.call(
    null as never,
    p.logger,
    { reqId: 'r-1' },
    level ? { level } : {},
    null as never,
  );

describe('a request’s logger', () => {
  it('makes no pino child until a line is written', () => {
    const p = parent();
    const log = make(p);
    expect(log.level).toBe('info');
    expect(p.child).not.toHaveBeenCalled();
    log.info({ url: '/api/points' }, 'request completed');
    expect(p.child).toHaveBeenCalledTimes(1);
    log.error('second line, same child');
    expect(p.child).toHaveBeenCalledTimes(1);
  });

  it('writes each line with the request id, at the levels the parent and options allow', () => {
    const p = parent();
    const log = make(p, 'warn');
    expect(log.level).toBe('warn');
    log.info('not written');
    log.warn({ statusCode: 503 }, 'written');
    expect(p.lines).toEqual([
      expect.objectContaining({ reqId: 'r-1', statusCode: 503, msg: 'written', level: 40 }),
    ]);
  });

  it('passes a child of its own on (the request id kept)', () => {
    const p = parent();
    make(p).child({ part: 'audit' }).info('x');
    expect(p.lines[0]).toMatchObject({ reqId: 'r-1', part: 'audit', msg: 'x' });
  });
});
