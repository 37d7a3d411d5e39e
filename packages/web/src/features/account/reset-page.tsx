import { useEffect, useState } from 'react';
import { api, loadAuthSession, type ApiError } from '../../api';
import { ButtonLink } from '../../components/button';
import { PageHeader } from '../../components/page-header';
import { navigate } from '../../router';
import {
  AccountForm,
  PASSWORD_HINT,
  PasswordField,
  newPasswordError,
  serverErrors,
  useFormState,
} from './form-kit';
import { Loading } from './gate';
import { LinkProblem } from './invite-page';
import { SIGN_IN_PATH } from './paths';

type Field = 'password';
const LABELS: Record<Field, string> = { password: 'New password' };
const IDS: Record<Field, string> = { password: 'reset-password' };

type Lookup =
  { state: 'loading' } | { state: 'ok'; email: string } | { state: 'failed'; error: ApiError };

/** Choosing a new password from a one-time link the owner issued. */
export function ResetPage({ token }: { token: string }) {
  const [lookup, setLookup] = useState<Lookup>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    void api
      .get<{ email: string }>(`/api/password-resets/${encodeURIComponent(token)}`)
      .then((result) => {
        if (!live) return;
        setLookup(
          result.ok
            ? { state: 'ok', email: result.data.email }
            : { state: 'failed', error: result.error },
        );
      });
    return () => {
      live = false;
    };
  }, [token]);

  if (lookup.state === 'loading') return <Loading what="the password reset" />;
  if (lookup.state === 'failed') {
    return (
      <div className="account-narrow stack">
        <PageHeader title="Choose a new password" documentTitle="Reset password" />
        <LinkProblem error={lookup.error} what="reset" />
        <p>
          <ButtonLink to={SIGN_IN_PATH} variant="secondary">
            Go to sign in
          </ButtonLink>
        </p>
      </div>
    );
  }
  return <ResetForm token={token} email={lookup.email} />;
}

function ResetForm({ token, email }: { token: string; email: string }) {
  const [password, setPassword] = useState('');
  const form = useFormState<Field>();

  const submit = async () => {
    const error = newPasswordError(password, email);
    if (error) return form.fail({ password: error });
    if (!form.begin()) return;
    const result = await api.post(`/api/password-resets/${encodeURIComponent(token)}`, {
      password,
    });
    if (!result.ok) {
      const { fields, general } = serverErrors(result.error, LABELS);
      const gone = result.error.code === 'GONE' || result.error.code === 'NOT_FOUND';
      return form.fail(
        fields,
        gone
          ? 'This password-reset link has been used or has expired. Ask the owner of your clinic for a new one.'
          : general,
      );
    }
    form.done();
    // Whoever is signed in on this browser (if anyone) may have changed: ask again.
    void loadAuthSession();
    navigate(`${SIGN_IN_PATH}?from=reset&email=${encodeURIComponent(email)}`);
  };

  return (
    <div className="account-narrow">
      <PageHeader
        title="Choose a new password"
        documentTitle="Reset password"
        lead={`For the account ${email}. The link works once.`}
      />
      <AccountForm
        ids={IDS}
        labels={LABELS}
        state={form}
        onSubmit={() => void submit()}
        submitLabel="Save the new password"
        busyLabel="Saving…"
      >
        {/* For password managers: which account the new password belongs to. */}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <PasswordField
          id={IDS.password}
          label={LABELS.password}
          hint={PASSWORD_HINT}
          autoComplete="new-password"
          value={password}
          onChange={(event) => {
            setPassword(event.target.value);
            form.clearField('password');
          }}
          error={form.errors.password}
        />
      </AccountForm>
    </div>
  );
}
