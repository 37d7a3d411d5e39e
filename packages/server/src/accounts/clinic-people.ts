import { LISTED_ROLES, type Actor, type People } from '@acupress/core';
import type { AppContext } from '../app-context.js';

/** The clinic's accounts this actor sees: every one for the owner, the clients for the rest. */
export async function listPeople(ctx: AppContext, actor: Actor): Promise<People> {
  const visible = await ctx.repos.users.listInClinic(actor.clinicId, LISTED_ROLES[actor.role]);
  return {
    users: visible.map((u) => ({
      id: u.id,
      name: u.name,
      email: u.email,
      role: u.role,
      createdAt: u.createdAt.toISOString(),
    })),
  };
}
