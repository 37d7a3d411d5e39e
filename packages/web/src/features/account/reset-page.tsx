import { api, loadAuthSession } from '../../api';
import { ButtonLink } from '../../components/button';
import { PageHeader } from '../../components/page-header';
import { navigate } from '../../router';
import { AccountForm, PasswordField } from '../../components/form-kit';
import { Loading } from '../../components/gate';
import { LinkProblem, isGone } from './invite-page';
import { SIGN_IN_PATH } from '../../lib/account-paths';
import { PASSWORD_HINT, errorsOf, newPasswordError } from '../../lib/form-checks';
import { useAccountForm } from '../../lib/use-account-form';
import { useResource } from '../../lib/use-resource';

const FIELDS = { password: { id: 'reset-password', label: 'New password' } };

/** Choosing a new password from a one-time link the owner issued. */
export function ResetPage({ token }: { token: string }) {
  const [lookup] = useResource<{ email: string }>(
    `/api/password-resets/${encodeURIComponent(token)}`,
  );

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
  return <ResetForm token={token} email={lookup.data.email} />;
}

function ResetForm({ token, email }: { token: string; email: string }) {
  const { field, props } = useAccountForm({
    fields: FIELDS,
    validate: (v) => errorsOf({ password: newPasswordError(v.password, email) }),
    send: (v) =>
      api.post(`/api/password-resets/${encodeURIComponent(token)}`, { password: v.password }),
    refused: (error, refusal) =>
      isGone(error)
        ? {
            ...refusal,
            general:
              'This password-reset link has been used or has expired. Ask the owner of your clinic for a new one.',
          }
        : refusal,
    saved: () => {
      // Whoever is signed in on this browser (if anyone) may have changed: ask again.
      void loadAuthSession();
      navigate(`${SIGN_IN_PATH}?from=reset&email=${encodeURIComponent(email)}`);
    },
  });

  return (
    <div className="account-narrow">
      <PageHeader
        title="Choose a new password"
        documentTitle="Reset password"
        lead={`For the account ${email}. The link works once.`}
      />
      <AccountForm {...props} submitLabel="Save the new password" busyLabel="Saving…">
        {/* For password managers: which account the new password belongs to. */}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <PasswordField {...field('password')} hint={PASSWORD_HINT} autoComplete="new-password" />
      </AccountForm>
    </div>
  );
}
