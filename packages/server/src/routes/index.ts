import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context.js';
import type { Storage } from '../storage/database.js';
import { accountRoutes } from './account/account.js';
import { auditRoutes } from './audit/audit.js';
import { authRoutes } from './auth/auth.js';
import { docsRoutes } from './docs/docs.js';
import { healthRoutes } from './health/health.js';
import { invitationLinkRoutes } from './invitations/invitation-links.js';
import { invitationRoutes } from './invitations/invitations.js';
import { passwordResetRoutes } from './password-resets/password-resets.js';
import { careRoutes } from './people/care.js';
import { checkInRoutes } from './people/check-ins.js';
import { practiceSessionRoutes } from './people/sessions.js';
import { planRoutes } from './plans/plans.js';
import { pointOffsetRoutes } from './points/offsets.js';
import { pointRoutes } from './points/points.js';
import { questionnaireRoutes } from './questionnaires/questionnaires.js';
import { authSessionRoutes } from './session/session.js';
import { setupRoutes } from './setup/setup.js';
import { templateRoutes } from './templates/templates.js';
import { userRoutes } from './users/users.js';

/**
 * Every route of the API, one folder per resource of the URL tree (/api/people/:personId/care
 * is people/care.ts). A route validates with the contract's schemas, calls one workflow and
 * maps its result; the work is in accounts/, records/ and audit/.
 */
export function registerRoutes(
  app: FastifyInstance,
  { ctx, storage, version }: { ctx: AppContext; storage: Storage; version: string },
): void {
  // Public and stateless: the atlas, plans, questionnaires, health, the API's own documents.
  void app.register(healthRoutes, { storage, version });
  void app.register(pointRoutes);
  void app.register(pointOffsetRoutes);
  void app.register(templateRoutes);
  void app.register(planRoutes);
  void app.register(questionnaireRoutes);
  void app.register(docsRoutes);
  // Signing in, and accounts.
  void app.register(authSessionRoutes, { ctx });
  void app.register(setupRoutes, { ctx });
  void app.register(authRoutes, { ctx });
  void app.register(invitationRoutes, { ctx });
  void app.register(invitationLinkRoutes, { ctx });
  void app.register(userRoutes, { ctx });
  void app.register(passwordResetRoutes, { ctx });
  void app.register(accountRoutes, { ctx });
  // Health records: every access audited in its own transaction.
  void app.register(checkInRoutes, { ctx });
  void app.register(practiceSessionRoutes, { ctx });
  void app.register(careRoutes, { ctx });
  void app.register(auditRoutes, { ctx });
}
