import { z } from 'zod';
import { assessmentSchema } from '../assessment/assessment-schema.js';
import { ROLES } from '../auth/roles.js';
import { planOutcomeSchema } from '../plan/plan-schema.js';
import { isoTime, passwordField } from './fields.js';
import { practiceSessionSchema } from './practice-sessions.js';
import { strictObject } from '../strict-object.js';

// /api/account: the signed-in person's own account (password, sign out everywhere, their data,
// deletion).

/** POST /api/account/password. */
export const passwordChangeBody = strictObject({
  currentPassword: z.string().max(1000),
  newPassword: passwordField,
});

/** DELETE /api/account. */
export const accountDeleteBody = strictObject({ password: z.string().max(1000) });

/** GET /api/account/export: everything the server holds about one account, as one file. */
export const accountExportSchema = z
  .object({
    format: z.literal('acupress-account-export'),
    version: z.literal(1),
    exportedAt: isoTime,
    account: z.object({
      id: z.string(),
      name: z.string(),
      email: z.string(),
      role: z.enum(ROLES),
      createdAt: isoTime,
    }),
    clinic: z.object({ id: z.string(), name: z.string() }),
    checkIns: z.array(
      z.object({
        id: z.string(),
        createdAt: isoTime,
        createdBy: z.string().nullable(),
        outcomeKind: z.enum(['plan', 'referral']),
        assessment: assessmentSchema,
        outcome: planOutcomeSchema,
      }),
    ),
    sessions: z
      .array(
        practiceSessionSchema.extend({
          createdBy: z.string().nullable(),
          receivedAt: isoTime,
          loggedAt: isoTime.nullable(),
          nextDayAt: isoTime.nullable(),
        }),
      )
      .describe(
        'Guided sessions, oldest first: each as the API returns it, with who sent it and when',
      ),
    auditEntries: z
      .array(
        z.object({
          id: z.number().int(),
          at: isoTime,
          actorUserId: z.string().nullable(),
          action: z.string(),
          resourceType: z.string(),
          resourceId: z.string().nullable(),
          personId: z.string().nullable(),
          ip: z.string().nullable(),
          userAgent: z.string().nullable(),
          outcome: z.enum(['allowed', 'denied']),
        }),
      )
      .describe(
        'Entries where the account acted or was acted on. Where someone else acted (a ' +
          'practitioner reading a record), their address and browser are null: those are theirs.',
      ),
  })
  .meta({ id: 'AccountExport' });

export type PasswordChangeBody = z.infer<typeof passwordChangeBody>;
export type AccountDeleteBody = z.infer<typeof accountDeleteBody>;
export type AccountExport = z.infer<typeof accountExportSchema>;
