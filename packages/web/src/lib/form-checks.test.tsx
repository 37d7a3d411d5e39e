import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PASSWORD_MIN_LENGTH } from '@acupress/core';
import type { ApiError } from '../api';
import { emailError, errorsOf, newPasswordError, sentence, serverErrors } from './form-checks';

const refusal = (issues: ApiError['issues'], message = 'Invalid request'): ApiError => ({
  code: 'VALIDATION',
  status: 400,
  message,
  issues,
});

describe('errorsOf', () => {
  it('keeps exactly the checks that failed, with their messages', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), fc.option(fc.string())), (checks) => {
        const errors = errorsOf(checks as Record<string, string | undefined>);
        const failed = Object.entries(checks).filter(([, m]) => Boolean(m));
        expect(Object.entries(errors)).toEqual(failed);
      }),
    );
  });
});

describe('sentence', () => {
  // One row per case: how a server's or core's message reads under a field's label.
  it.each([
    ['Password', 'must be at least 10 characters', 'Password must be at least 10 characters.'],
    ['Email', 'is already in use.', 'Email is already in use.'],
    ['Email', 'Enter an email address', 'Enter an email address.'],
    ['Current password', 'is not your current password', 'That is not your current password.'],
    ['Name', '  has a tab in it!  ', 'Name has a tab in it!'],
  ])('%s + "%s" → "%s"', (label, message, expected) => {
    expect(sentence(label, message)).toBe(expected);
  });

  it('always starts with a capital (when it starts with a letter) and ends a sentence', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string({ minLength: 1 }).filter((m) => m.trim() !== ''),
        (l, m) => {
          const text = sentence(l, m);
          expect(text).toMatch(/[.!?]$/);
          expect(text.charAt(0)).toBe(text.charAt(0).toUpperCase());
        },
      ),
    );
  });
});

describe('emailError', () => {
  const part = fc.stringMatching(/^[a-z0-9_+-]{1,12}$/);
  it('accepts name@domain.tld with spaces around', () => {
    fc.assert(
      fc.property(part, part, part, (name, domain, tld) => {
        expect(emailError(` ${name}@${domain}.${tld} `)).toBeUndefined();
      }),
    );
  });

  it('refuses what has no @, or is empty, saying what to enter', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !s.includes('@')),
        (text) => {
          expect(emailError(text)).toMatch(/^Enter (your email address|an email address like)/);
        },
      ),
    );
  });
});

describe('newPasswordError', () => {
  it.each([
    ['', 'sam@example.org', 'Enter a password.'],
    ['sam@example.org', 'sam@example.org', 'The password must not be your email address.'],
  ])('"%s" for %s → %s', (password, email, expected) => {
    expect(newPasswordError(password, email)).toBe(expected);
  });

  it('accepts a long password that is not the email, and refuses a short one', () => {
    expect(newPasswordError('a brand new password', 'sam@example.org')).toBeUndefined();
    expect(newPasswordError('x'.repeat(PASSWORD_MIN_LENGTH - 1))).toMatch(/^The password /);
  });
});

describe('serverErrors', () => {
  const labels = { email: 'Email', password: 'Password' };

  it('places issues on the form’s own fields, with or without the body. prefix', () => {
    const placed = serverErrors(
      refusal([
        { field: 'body.email', message: 'must be a valid email address' },
        { field: 'password', message: 'must be at least 10 characters' },
      ]),
      labels,
    );
    expect(placed).toEqual({
      fields: {
        email: 'Email must be a valid email address.',
        password: 'Password must be at least 10 characters.',
      },
    });
  });

  it('says the rest in one message beside the placed ones', () => {
    const placed = serverErrors(
      refusal([
        { field: 'email', message: 'is already in use' },
        { field: 'clinicName', message: 'Clinic name is too long' },
      ]),
      labels,
    );
    expect(placed).toEqual({
      fields: { email: 'Email is already in use.' },
      general: 'Clinic name is too long.',
    });
  });

  it('gives the server’s own message when no issue names one of the fields', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            field: fc
              .oneof(fc.string(), fc.constantFrom('constructor', 'toString', '__proto__'))
              .filter((f) => !['email', 'password'].includes(f.replace(/^body\./, ''))),
            message: fc.string(),
          }),
        ),
        fc.string(),
        (issues, message) => {
          expect(serverErrors(refusal(issues, message), labels)).toEqual({
            fields: {},
            general: message,
          });
        },
      ),
    );
  });
});
