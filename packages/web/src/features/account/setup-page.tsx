import { useEffect } from 'react';
import type { SignedIn } from '@acupress/core';
import { api, ensureAuthSession, signedIn, useAuthSession } from '../../api';
import { ButtonLink } from '../../components/button';
import { EmailField, TextField } from '../../components/field';
import { Notice } from '../../components/notice';
import { PageHeader } from '../../components/page-header';
import { navigate } from '../../router';
import {
  AccountForm,
  PASSWORD_HINT,
  PasswordField,
  emailError,
  newPasswordError,
  requireText,
  serverErrors,
  useFormFields,
  useFormState,
  type Errors,
} from './form-kit';
import { Loading } from './gate';
import { ACCOUNT_PATH, SIGN_IN_PATH } from './paths';

type Field = 'clinicName' | 'name' | 'email' | 'password';
const LABELS: Record<Field, string> = {
  clinicName: 'Clinic or practice name',
  name: 'Your name',
  email: 'Email',
  password: 'Password',
};
const IDS: Record<Field, string> = {
  clinicName: 'setup-clinic',
  name: 'setup-name',
  email: 'setup-email',
  password: 'setup-password',
};

export function validateSetup(v: Record<Field, string>): Errors<Field> {
  const errors: Errors<Field> = {};
  const clinic = requireText(v.clinicName, 'Enter a name for your clinic or practice.');
  const name = requireText(v.name, 'Enter your name.');
  const email = emailError(v.email);
  const password = newPasswordError(v.password, v.email.trim());
  if (clinic) errors.clinicName = clinic;
  if (name) errors.name = name;
  if (email) errors.email = email;
  if (password) errors.password = password;
  return errors;
}

/** The first start: whoever opens a new Acupress creates its owner account (and clinic). */
export function SetupPage() {
  const session = useAuthSession();
  useEffect(() => {
    void ensureAuthSession();
  }, []);
  const title = 'Set up Acupress';
  if (session.status === 'loading') return <Loading what="the set-up" />;
  if (session.status === 'ready' && !session.setupNeeded) {
    return (
      <>
        <PageHeader title={title} documentTitle={title} />
        <div className="account-narrow stack">
          <Notice title="Acupress is already set up" titleAs="h2">
            <p>
              This server has an owner account. To join a clinic, ask its owner or practitioner for
              an invitation link.
            </p>
          </Notice>
          <p>
            <ButtonLink to={session.user ? ACCOUNT_PATH : SIGN_IN_PATH}>
              {session.user ? 'Go to your account' : 'Sign in'}
            </ButtonLink>
          </p>
        </div>
      </>
    );
  }
  return <SetupForm offline={session.status === 'unavailable'} />;
}

function SetupForm({ offline }: { offline: boolean }) {
  const form = useFormState<Field>();
  const { values, field } = useFormFields(
    { clinicName: '', name: '', email: '', password: '' },
    IDS,
    LABELS,
    form,
  );

  const submit = async () => {
    const errors = validateSetup(values);
    if (Object.keys(errors).length) return form.fail(errors);
    if (!form.begin()) return;
    const result = await api.post<SignedIn>('/api/setup', {
      clinicName: values.clinicName.trim(),
      name: values.name.trim(),
      email: values.email.trim(),
      password: values.password,
    });
    if (!result.ok) {
      const { fields, general } = serverErrors(result.error, LABELS);
      return form.fail(
        fields,
        result.error.code === 'CONFLICT'
          ? 'Acupress is already set up on this server. Sign in, or ask the owner for an invitation.'
          : general,
      );
    }
    form.done();
    signedIn(result.data);
    navigate(ACCOUNT_PATH);
  };

  return (
    <div className="account-narrow">
      <PageHeader
        eyebrow="First start"
        title="Set up Acupress"
        documentTitle="Set up"
        lead="Create the owner account. The owner can invite practitioners and clients, issue password-reset links and read the audit log. Using Acupress for yourself only? This is your account."
      />
      {offline ? (
        <Notice tone="caution" className="account-form__problem">
          <p>
            The Acupress server cannot be reached right now, so the account cannot be created yet.
          </p>
        </Notice>
      ) : null}
      <AccountForm
        ids={IDS}
        labels={LABELS}
        state={form}
        onSubmit={() => void submit()}
        submitLabel="Create the owner account"
        busyLabel="Creating the account…"
      >
        <TextField
          {...field('clinicName')}
          hint="For self-care, your own name is fine."
          autoComplete="organization"
          maxLength={200}
        />
        <TextField {...field('name')} autoComplete="name" maxLength={100} />
        <EmailField
          {...field('email')}
          autoComplete="email"
          hint="You sign in with it. Acupress sends no email."
        />
        <PasswordField {...field('password')} hint={PASSWORD_HINT} autoComplete="new-password" />
      </AccountForm>
    </div>
  );
}
