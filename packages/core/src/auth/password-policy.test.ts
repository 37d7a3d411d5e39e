import { describe, expect, it } from 'vitest';
import { passwordIssues } from './password-policy.js';

describe('passwordIssues', () => {
  it.each([
    ['a long passphrase', 'correct horse battery', []],
    ['exactly 10 characters', '0123456789', []],
    ['9 characters', '012345678', ['must be at least 10 characters']],
    ['empty', '', ['must be at least 10 characters']],
    ['201 characters', 'x'.repeat(201), ['must be at most 200 characters']],
    ['200 characters', 'x'.repeat(200), []],
    ['the email address', 'Ana@Example.org', ['must not be your email address']],
    ['the email with spaces', ' ana@example.org ', ['must not be your email address']],
  ])('%s', (_name, password, messages) => {
    const issues = passwordIssues(password, 'ana@example.org');
    expect(issues.map((i) => i.message)).toEqual(messages);
    for (const i of issues) expect(i.field).toBe('password');
  });

  it('counts an emoji as one character', () => {
    expect(passwordIssues('🔑'.repeat(10))).toEqual([]);
    expect(passwordIssues('🔑'.repeat(9))).toHaveLength(1);
  });

  it('names the field it is given', () => {
    expect(passwordIssues('short', undefined, 'newPassword')).toEqual([
      { field: 'newPassword', message: 'must be at least 10 characters' },
    ]);
  });
});
