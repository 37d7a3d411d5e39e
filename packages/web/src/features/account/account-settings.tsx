import { useState } from 'react';
import type { SignedInUser } from '@acupress/core';
import { api, loadAuthSession, signedOut } from '../../api';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { Notice } from '../../components/notice';
import { UnsentConfirm, useUnsentGuard } from '../../components/unsent-confirm';
import { navigate } from '../../router';
import { AccountForm, PasswordField } from '../../components/form-kit';
import { SIGN_IN_PATH } from '../../lib/account-paths';
import { PASSWORD_HINT, errorsOf, newPasswordError } from '../../lib/form-checks';
import { useAccountForm } from '../../lib/use-account-form';

const PASSWORD_FIELDS = {
  currentPassword: { id: 'current-password', label: 'Current password' },
  newPassword: { id: 'new-password', label: 'New password' },
};

/** A refused password: the server says it is wrong, and the form says so at the field. */
const isWrongPassword = (code: string): boolean =>
  code === 'UNAUTHENTICATED' || code === 'FORBIDDEN';

export function ChangePassword({ email }: { email: string }) {
  const [saved, setSaved] = useState(false);
  const { field, props } = useAccountForm({
    fields: PASSWORD_FIELDS,
    validate: (v) =>
      errorsOf({
        currentPassword: v.currentPassword ? undefined : 'Enter your current password.',
        newPassword: newPasswordError(v.newPassword, email),
      }),
    send: (v) => api.post('/api/account/password', v),
    // A wrong current password belongs to its field.
    refused: (error, refusal) =>
      isWrongPassword(error.code) && !Object.keys(refusal.fields).length
        ? { fields: { currentPassword: error.message } }
        : refusal,
    saved: (_, form) => {
      form.reset();
      setSaved(true);
    },
    onEdit: () => setSaved(false),
  });

  return (
    <Card as="section" aria-labelledby="password-heading">
      <h2 id="password-heading">Change your password</h2>
      <AccountForm
        {...props}
        submitLabel="Change password"
        busyLabel="Changing…"
        submitVariant="secondary"
        aria-labelledby="password-heading"
      >
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <PasswordField {...field('currentPassword')} autoComplete="current-password" />
        <PasswordField {...field('newPassword')} hint={PASSWORD_HINT} autoComplete="new-password" />
      </AccountForm>
      <p role="status" className="account-status">
        {saved
          ? 'Your password has been changed. You stay signed in here; other devices are signed out.'
          : ''}
      </p>
    </Card>
  );
}

export function SignOutEverywhere() {
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  /** What is still on this device only after trying to send it: signing out deletes it. */
  const guard = useUnsentGuard();
  const run = async (anyway = false) => {
    if (busy) return;
    setBusy(true);
    setProblem(undefined);
    if (!anyway && !(await guard.sendFirst())) return setBusy(false);
    guard.dismiss();
    const result = await api.post('/api/account/sign-out-everywhere');
    setBusy(false);
    if (!result.ok && result.error.code !== 'UNAUTHENTICATED') {
      setProblem(result.error.message);
      return;
    }
    signedOut();
    void loadAuthSession();
    navigate(`${SIGN_IN_PATH}?from=everywhere`);
  };
  return (
    <Card as="section" aria-labelledby="everywhere-heading">
      <h2 id="everywhere-heading">Sign out everywhere</h2>
      <p>
        Ends every session of your account: on this device and on any other phone, tablet or
        computer where you signed in. Useful if you lost a device or signed in on a shared one.
      </p>
      {problem ? (
        <Notice tone="danger" role="alert">
          <p>{problem}</p>
        </Notice>
      ) : null}
      <p>
        <Button variant="secondary" aria-disabled={busy || undefined} onClick={() => void run()}>
          {busy ? 'Signing out…' : 'Sign out everywhere'}
        </Button>
      </p>
      {guard.unsent ? (
        <UnsentConfirm
          unsent={guard.unsent}
          question="Sign out everywhere anyway?"
          confirmLabel="Sign out everywhere anyway"
          onConfirm={() => void run(true)}
          onCancel={guard.dismiss}
        />
      ) : null}
    </Card>
  );
}

export function DownloadData() {
  return (
    <Card as="section" aria-labelledby="download-heading">
      <h2 id="download-heading">Download your data</h2>
      <p>
        One file (JSON) with your account details and every check-in saved in your record, to keep
        or to take to another service.
      </p>
      <p>
        {/* A plain link: the server sends the file as an attachment, with the session cookie. */}
        <a className="button button--secondary" href="/api/account/export" download>
          Download my data (JSON)
        </a>
      </p>
    </Card>
  );
}

const DELETE_FIELDS = { password: { id: 'delete-password', label: 'Your password' } };

export function DeleteAccount({ user }: { user: SignedInUser }) {
  /** What is still on this device only after trying to send it: it would be deleted too. */
  const guard = useUnsentGuard();
  const { field, props, submit } = useAccountForm({
    fields: DELETE_FIELDS,
    validate: (v) =>
      errorsOf({ password: v.password ? undefined : 'Enter your password to confirm.' }),
    send: (v) => api.delete('/api/account', { password: v.password }),
    // 409: an owner whose clinic still has other people; the server says what to do.
    refused: (error, refusal) =>
      isWrongPassword(error.code) ? { fields: { password: error.message } } : refusal,
    saved: () => {
      signedOut();
      void loadAuthSession();
      navigate('/account/deleted');
    },
  });
  /** Deletes once nothing unsent is left here, or when the person said to go on anyway. */
  const remove = (anyway = false) =>
    void submit(async () => {
      if (!anyway && !(await guard.sendFirst())) return false;
      guard.dismiss();
      return true;
    });

  return (
    <Card as="section" aria-labelledby="delete-heading" className="danger-zone">
      <h2 id="delete-heading">Delete your account and its data</h2>
      <p>This permanently deletes, from this Acupress server:</p>
      <ul className="account-bullets">
        <li>your account ({user.email}) and its sign-in sessions</li>
        <li>every check-in saved in your record</li>
        {user.role === 'owner' ? <li>your clinic, {user.clinicName}</li> : null}
      </ul>
      <p>
        The clinic’s audit log keeps its entries of who read or changed records; they hold account
        ids only, no health data. Deleting cannot be undone: download your data first if you want a
        copy.
        {user.role === 'owner'
          ? ' As the owner, you can delete your account once no one else has an account in your clinic (remove them on the clinic page).'
          : ''}
      </p>
      <AccountForm
        {...props}
        onSubmit={() => remove()}
        submitLabel="Delete my account and its data"
        busyLabel="Deleting…"
        submitVariant="secondary"
        className="danger-zone__form"
        aria-labelledby="delete-heading"
      >
        <input
          type="email"
          name="username"
          autoComplete="username"
          value={user.email}
          readOnly
          hidden
        />
        <PasswordField
          {...field('password')}
          label="Your password, to confirm"
          autoComplete="current-password"
        />
      </AccountForm>
      {guard.unsent ? (
        <UnsentConfirm
          unsent={guard.unsent}
          question="Delete your account anyway?"
          confirmLabel="Delete my account anyway"
          onConfirm={() => remove(true)}
          onCancel={guard.dismiss}
        />
      ) : null}
    </Card>
  );
}
