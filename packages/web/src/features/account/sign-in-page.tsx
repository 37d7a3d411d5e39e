import type { SignedIn } from '@acupress/core';
import { api, signedIn, useAuthSession } from '../../api';
import { ButtonLink } from '../../components/button';
import { EmailField } from '../../components/field';
import { Notice } from '../../components/notice';
import { PageHeader } from '../../components/page-header';
import { Link, navigate, useSearchParams } from '../../router';
import {
  AccountForm,
  PasswordField,
  emailError,
  serverErrors,
  useFormFields,
  useFormState,
  type Errors,
} from './form-kit';
import { ACCOUNT_PATH, SETUP_PATH, safeNext } from './paths';

type Field = 'email' | 'password';
const LABELS: Record<Field, string> = { email: 'Email', password: 'Password' };
const IDS: Record<Field, string> = { email: 'sign-in-email', password: 'sign-in-password' };

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
  const form = useFormState<Field>();
  const { values, field } = useFormFields(
    { email: params.get('email') ?? '', password: '' },
    IDS,
    LABELS,
    form,
  );

  const submit = async () => {
    const errors: Errors<Field> = {};
    const email = emailError(values.email);
    if (email) errors.email = email;
    if (!values.password) errors.password = 'Enter your password.';
    if (Object.keys(errors).length) return form.fail(errors);
    if (!form.begin()) return;
    const result = await api.post<SignedIn>('/api/auth/login', {
      email: values.email.trim(),
      password: values.password,
    });
    if (!result.ok) {
      // A wrong email or password, or too many attempts: the server's words, as they are.
      const { fields, general } = serverErrors(result.error, LABELS);
      return form.fail(fields, general);
    }
    form.done();
    signedIn(result.data);
    navigate(next ?? ACCOUNT_PATH);
  };

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
          <AccountForm
            ids={IDS}
            labels={LABELS}
            state={form}
            onSubmit={() => void submit()}
            submitLabel="Sign in"
            busyLabel="Signing in…"
          >
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
