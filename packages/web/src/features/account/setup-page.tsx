import { useEffect } from 'react';
import type { SignedIn } from '@acupress/core';
import { api, ensureAuthSession, signedIn, useAuthSession } from '../../api';
import { ButtonLink } from '../../components/button';
import { EmailField, TextField } from '../../components/field';
import { Notice } from '../../components/notice';
import { PageHeader } from '../../components/page-header';
import { navigate } from '../../router';
import { AccountForm, PasswordField } from '../../components/form-kit';
import { Loading } from '../../components/gate';
import { ACCOUNT_PATH, SIGN_IN_PATH } from '../../lib/account-paths';
import {
  PASSWORD_HINT,
  emailError,
  errorsOf,
  newPasswordError,
  requireText,
  type Errors,
} from '../../lib/form-checks';
import { useAccountForm } from '../../lib/use-account-form';

const FIELDS = {
  clinicName: { id: 'setup-clinic', label: 'Clinic or practice name' },
  name: { id: 'setup-name', label: 'Your name' },
  email: { id: 'setup-email', label: 'Email' },
  password: { id: 'setup-password', label: 'Password' },
};
type Field = keyof typeof FIELDS;

export function validateSetup(v: Readonly<Record<Field, string>>): Errors<Field> {
  return errorsOf({
    clinicName: requireText(v.clinicName, 'Enter a name for your clinic or practice.'),
    name: requireText(v.name, 'Enter your name.'),
    email: emailError(v.email),
    password: newPasswordError(v.password, v.email.trim()),
  });
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
  const { field, props } = useAccountForm({
    fields: FIELDS,
    validate: validateSetup,
    send: (v) =>
      api.post<SignedIn>('/api/setup', {
        clinicName: v.clinicName.trim(),
        name: v.name.trim(),
        email: v.email.trim(),
        password: v.password,
      }),
    refused: (error, refusal) =>
      error.code === 'CONFLICT'
        ? {
            ...refusal,
            general:
              'Acupress is already set up on this server. Sign in, or ask the owner for an invitation.',
          }
        : refusal,
    saved: (body) => {
      signedIn(body);
      navigate(ACCOUNT_PATH);
    },
  });

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
        {...props}
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
