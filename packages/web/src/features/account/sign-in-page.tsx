import type { SignedIn } from '@acupress/core';
import { api, signedIn, useAuthSession } from '../../api';
import { ButtonLink } from '../../components/button';
import { EmailField } from '../../components/field';
import { Notice } from '../../components/notice';
import { PageHeader } from '../../components/page-header';
import { Link, navigate, useSearchParams } from '../../router';
import { AccountForm, PasswordField } from '../../components/form-kit';
import { ACCOUNT_PATH, SETUP_PATH, safeNext } from '../../lib/account-paths';
import { emailError, errorsOf } from '../../lib/form-checks';
import { useAccountForm } from '../../lib/use-account-form';

const FIELDS = {
  email: { id: 'sign-in-email', label: 'Email' },
  password: { id: 'sign-in-password', label: 'Password' },
};

/** Why the person arrived here, shown above the form. */
const ARRIVALS: Record<string, string> = {
  'signed-out': 'You have signed out.',
  everywhere: 'You have signed out on every device, this one too.',
  reset: 'Your password has been changed. Sign in with the new one.',
  ended: 'Your session has ended. Please sign in again.',
};

export function SignInPage() {
  const params = useSearchParams();
  const next = safeNext(params.get('next'));
  const arrival = ARRIVALS[params.get('from') ?? ''];
  const session = useAuthSession();
  // A wrong email or password, or too many attempts: the server's words, as they are.
  const { field, props } = useAccountForm({
    fields: FIELDS,
    initial: { email: params.get('email') ?? '' },
    validate: (v) =>
      errorsOf({
        email: emailError(v.email),
        password: v.password ? undefined : 'Enter your password.',
      }),
    send: (v) =>
      api.post<SignedIn>('/api/auth/login', { email: v.email.trim(), password: v.password }),
    saved: (body) => {
      signedIn(body);
      navigate(next ?? ACCOUNT_PATH);
    },
  });

  const user = session.status === 'ready' ? session.user : null;
  return (
    <div className="account-narrow">
      <PageHeader title="Sign in" documentTitle="Sign in" />
      {arrival && !user ? (
        <Notice tone="success" role="status" className="account-form__problem">
          <p>{arrival}</p>
        </Notice>
      ) : null}
      {user ? (
        <div className="stack">
          <p>
            You are signed in as <strong>{user.name}</strong> ({user.email}).
          </p>
          <p>
            <ButtonLink to={next ?? ACCOUNT_PATH}>Continue</ButtonLink>
          </p>
        </div>
      ) : (
        <>
          {session.status === 'ready' && session.setupNeeded ? (
            <Notice className="account-form__problem">
              <p>
                No account exists on this server yet.{' '}
                <Link to={SETUP_PATH}>Set up Acupress: create the owner account</Link>.
              </p>
            </Notice>
          ) : null}
          <AccountForm {...props} submitLabel="Sign in" busyLabel="Signing in…">
            <EmailField {...field('email')} autoComplete="username" />
            <PasswordField {...field('password')} autoComplete="current-password" />
          </AccountForm>
          <p className="account-aside muted">
            Forgot your password? Ask the owner of your clinic for a password-reset link. No account
            yet? Ask your clinic for an invitation link. You do not need an account for the check-in
            or the atlas.
          </p>
        </>
      )}
    </div>
  );
}
