import { z } from 'zod';
import { isoTime } from './fields.js';
import { strictObject } from '../strict-object.js';

// /api/audit: who read or wrote which record, for the clinic's owner.

/**
 * What an entry says was done. Stable codes, like error codes: exports and old entries keep
 * them, so a code is added here, never renamed ('session.*' of the sign-in predate the name
 * "auth session" and stay).
 */
export const AUDIT_ACTIONS = [
  'account.delete',
  'account.export',
  'account.password-change',
  'audit.export',
  'audit.read',
  'care.read',
  'check-in.create',
  'check-in.list',
  'check-in.read',
  'clinic.setup',
  'invitation.accept',
  'invitation.create',
  'invitation.revoke',
  'password-reset.complete',
  'password-reset.issue',
  'session.list',
  'session.log',
  'session.next-day',
  'session.start',
  'session.login',
  'session.sign-out-everywhere',
  'user.delete',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const auditEntrySchema = z
  .object({
    id: z.number().int(),
    at: isoTime,
    actorUserId: z.string().nullable(),
    clinicId: z.string().nullable(),
    action: z.string().describe(`One of ${AUDIT_ACTIONS.join(', ')} (older entries may differ)`),
    resourceType: z.string(),
    resourceId: z.string().nullable(),
    personId: z.string().nullable().describe('Whose health data, when it is about a person'),
    ip: z.string(),
    userAgent: z.string(),
    outcome: z.enum(['allowed', 'denied']),
  })
  .meta({ id: 'AuditEntry' });

export const auditPageQuery = strictObject({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  before: z.coerce
    .number()
    .int()
    .min(1)
    .max(Number.MAX_SAFE_INTEGER)
    .optional()
    .describe('Entries older than this id'),
});

export const auditPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  nextBefore: z.number().int().nullable().describe('null on the last page'),
});

export const auditExportQuery = strictObject({ format: z.enum(['csv', 'json']).default('csv') });

export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type AuditPage = z.infer<typeof auditPageSchema>;
