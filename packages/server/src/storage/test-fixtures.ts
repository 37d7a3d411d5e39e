import type { Role } from '@acupress/core';
import type { Repositories } from './repositories.js';
import type { User } from './user-repository.js';

// Rows for repository tests. The hash is not a real one: these tests never sign in.

let counter = 0;

export const T0 = new Date('2030-01-01T12:00:00.000Z');
export const later = (minutes: number, from: Date = T0): Date =>
  new Date(from.getTime() + minutes * 60_000);

/** A new account (and, without a clinic id, a new clinic with it) at T0. */
export async function seedUser(repos: Repositories, role: Role, clinicId?: string): Promise<User> {
  counter += 1;
  const clinic = clinicId ?? (await repos.clinics.create(`Clinic ${counter}`, T0)).id;
  return repos.users.create(
    {
      clinicId: clinic,
      email: `${role}-${counter}-${Date.now()}@example.org`,
      name: `${role} ${counter}`,
      role,
      passwordHash: 'not-a-real-hash',
    },
    T0,
  );
}
