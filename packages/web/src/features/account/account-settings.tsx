import { useState } from 'react';
import type { SignedInUser } from '@acupress/core';
import { api, loadAuthSession, signedOut } from '../../api';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { Notice } from '../../components/notice';
import { UnsentConfirm, useUnsentGuard } from '../../components/unsent-confirm';
import { navigate } from '../../router';
import {
  AccountForm,
  PASSWORD_HINT,
  PasswordField,
  newPasswordError,
  serverErrors,
  useFormFields,
  useFormState,
  type Errors,
} from './form-kit';
import { SIGN_IN_PATH } from './paths';

type PasswordFieldName = 'currentPassword' | 'newPassword';
const PASSWORD_LABELS: Record<PasswordFieldName, string> = {
  currentPassword: 'Current password',
  newPassword: 'New password',
};
const PASSWORD_IDS: Record<PasswordFieldName, string> = {
  currentPassword: 'current-password',
  newPassword: 'new-password',
};

export function ChangePassword({ email }: { email: string }) {
  const [saved, setSaved] = useState(false);
  const form = useFormState<PasswordFieldName>();
  const { values, field, reset } = useFormFields(
    { currentPassword: '', newPassword: '' },
    PASSWORD_IDS,
    PASSWORD_LABELS,
    form,
    () => setSaved(false),
  );

  const submit = async () => {
    const errors: Errors<PasswordFieldName> = {};
    if (!values.currentPassword) errors.currentPassword = 'Enter your current password.';
    const next = newPasswordError(values.newPassword, email);
    if (next) errors.newPassword = next;
    if (Object.keys(errors).length) return form.fail(errors);
    if (!form.begin()) return;
    const result = await api.post('/api/account/password', values);
    if (!result.ok) {
      const { fields, general } = serverErrors(result.error, PASSWORD_LABELS);
      // A wrong current password belongs to its field.
      const wrongCurrent =
        result.error.code === 'UNAUTHENTICATED' || result.error.code === 'FORBIDDEN';
      if (wrongCurrent && !Object.keys(fields).length) {
        return form.fail({ currentPassword: result.error.message });
      }
      return form.fail(fields, general);
    }
    form.done();
    reset();
    setSaved(true);
  };

  return (
    <Card as="section" aria-labelledby="password-heading">
      <h2 id="password-heading">Change your password</h2>
      <AccountForm
        ids={PASSWORD_IDS}
        labels={PASSWORD_LABELS}
        state={form}
        onSubmit={() => void submit()}
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

type DeleteField = 'password';
const DELETE_LABELS: Record<DeleteField, string> = { password: 'Your password' };
const DELETE_IDS: Record<DeleteField, string> = { password: 'delete-password' };

export function DeleteAccount({ user }: { user: SignedInUser }) {
  const [password, setPassword] = useState('');
  const form = useFormState<DeleteField>();
  /** What is still on this device only after trying to send it: it would be deleted too. */
  const guard = useUnsentGuard();

  const submit = async (anyway = false) => {
    if (!password) return form.fail({ password: 'Enter your password to confirm.' });
    if (!anyway && !(await guard.sendFirst())) return;
    guard.dismiss();
    if (!form.begin()) return;
    const result = await api.delete('/api/account', { password });
    if (!result.ok) {
      const { fields, general } = serverErrors(result.error, DELETE_LABELS);
      if (result.error.code === 'UNAUTHENTICATED' || result.error.code === 'FORBIDDEN') {
        return form.fail({ password: result.error.message });
      }
      // 409: an owner whose clinic still has other people; the server says what to do.
      return form.fail(fields, general);
    }
    form.done();
    signedOut();
    void loadAuthSession();
    navigate('/account/deleted');
  };

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
        ids={DELETE_IDS}
        labels={DELETE_LABELS}
        state={form}
        onSubmit={() => void submit()}
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
          id={DELETE_IDS.password}
          label="Your password, to confirm"
          autoComplete="current-password"
          value={password}
          onChange={(event) => {
            setPassword(event.target.value);
            form.clearField('password');
          }}
          error={form.errors.password}
        />
      </AccountForm>
      {guard.unsent ? (
        <UnsentConfirm
          unsent={guard.unsent}
          question="Delete your account anyway?"
          confirmLabel="Delete my account anyway"
          onConfirm={() => void submit(true)}
          onCancel={guard.dismiss}
        />
      ) : null}
    </Card>
  );
}
