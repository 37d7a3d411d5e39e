import { z } from 'zod';

// GET /api/health: liveness and database state, for load balancers and the operator.

export const healthSchema = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    database: z.enum(['sqlite', 'postgres']),
    version: z.string(),
  })
  .describe('The server answers; status says whether the database does');

export type Health = z.infer<typeof healthSchema>;
