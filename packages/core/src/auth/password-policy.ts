import type { FieldIssue } from '../result.js';

// NIST SP 800-63B: length is what matters; no composition rules. 10 is above its minimum of 8
// for a system holding health data; the maximum bounds the hashing work one request can cause.
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/**
 * What is wrong with a new password, as field issues (none when it is acceptable). Length counts
 * characters as people see them (an emoji is one), not UTF-16 units.
 */
export function passwordIssues(password: string, email?: string, field = 'password'): FieldIssue[] {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return [{ field, message: `must be at least ${PASSWORD_MIN_LENGTH} characters` }];
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return [{ field, message: `must be at most ${PASSWORD_MAX_LENGTH} characters` }];
  }
  if (email !== undefined && password.trim().toLowerCase() === email.trim().toLowerCase()) {
    return [{ field, message: 'must not be your email address' }];
  }
  return [];
}
