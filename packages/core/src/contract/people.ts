import { z } from 'zod';
import { strictObject } from '../strict-object.js';

// /api/people/:personId/…: a person's health records (check-ins, guided sessions, care).

export const personParam = z
  .string()
  .max(100)
  .describe("The person's account id, or 'me' for the signed-in account");

export const personParams = strictObject({ personId: personParam });
