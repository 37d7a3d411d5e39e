import { useEffect, useState } from 'react';
import type { InvitationOffer, SignedIn } from '@acupress/core';
import { api, signedIn, useUser, type ApiError } from '../../api';
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
import { ACCOUNT_PATH } from './paths';
import { ROLE_TEXT } from './roles';

type Field = 'name' | 'email' | 'password';
const LABELS: Record<Field, string> = { name: 'Your name', email: 'Email', password: 'Password' };
const IDS: Record<Field, string> = {
  name: 'invite-name',
  email: 'invite-email',
  password: 'invite-password',
};

type Lookup =
  | { state: 'loading' }
  | { state: 'ok'; invitation: InvitationOffer }
  | { state: 'failed'; error: ApiError };

export function LinkProblem({ error, what }: { error: ApiError; what: 'invitation' | 'reset' }) {
  const ask =
    what === 'invitation' ? 'Ask for a new one.' : 'Ask the owner of your clinic for a new one.';
  if (error.code === 'NOT_FOUND' || error.code === 'GONE') {
    return (
      <Notice
        tone="caution"
        title={`This ${what === 'invitation' ? 'invitation' : 'link'} cannot be used`}
        titleAs="h2"
      >
        <p>
          {what === 'invitation' ? 'This invitation' : 'This password-reset link'} has been used or
          has expired. {ask}
        </p>
        <p>
          Each link works once and only for a limited time, so that a forwarded or old link cannot
          open an account.
        </p>
      </Notice>
    );
  }
  return (
    <Notice tone="caution" title="This link cannot be checked right now" titleAs="h2">
      <p>{error.message}</p>
    </Notice>
  );
}

/** Joining a clinic by a one-time invitation link. */
export function InvitePage({ token }: { token: string }) {
  const [lookup, setLookup] = useState<Lookup>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    void api
      .get<InvitationOffer>(`/api/invitations/${encodeURIComponent(token)}`)
      .then((result) => {
        if (!live) return;
        setLookup(
          result.ok
            ? { state: 'ok', invitation: result.data }
            : { state: 'failed', error: result.error },
        );
      });
    return () => {
      live = false;
    };
  }, [token]);

  if (lookup.state === 'loading') return <Loading what="your invitation" />;
  if (lookup.state === 'failed') {
    return (
      <div className="account-narrow stack">
        <PageHeader title="Join a clinic" documentTitle="Invitation" />
        <LinkProblem error={lookup.error} what="invitation" />
        <p>
          <ButtonLink to="/" variant="secondary">
            Go to the home page
          </ButtonLink>
        </p>
      </div>
    );
  }
  return <AcceptForm token={token} invitation={lookup.invitation} />;
}

function AcceptForm({ token, invitation }: { token: string; invitation: InvitationOffer }) {
  const current = useUser();
  const invitedEmail = invitation.email ?? '';
  const form = useFormState<Field>();
  const { values, field } = useFormFields(
    { name: '', email: invitedEmail, password: '' },
    IDS,
    LABELS,
    form,
  );

  const submit = async () => {
    const errors: Errors<Field> = {};
    const name = requireText(values.name, 'Enter your name.');
    const email = emailError(values.email);
    const password = newPasswordError(values.password, values.email.trim());
    if (name) errors.name = name;
    if (email) errors.email = email;
    if (password) errors.password = password;
    if (Object.keys(errors).length) return form.fail(errors);
    if (!form.begin()) return;
    const result = await api.post<SignedIn>(
      `/api/invitations/${encodeURIComponent(token)}/accept`,
      { name: values.name.trim(), email: values.email.trim(), password: values.password },
    );
    if (!result.ok) {
      const { fields, general } = serverErrors(result.error, LABELS);
      const gone = result.error.code === 'GONE' || result.error.code === 'NOT_FOUND';
      return form.fail(
        fields,
        gone ? 'This invitation has been used or has expired. Ask for a new one.' : general,
      );
    }
    form.done();
    signedIn(result.data);
    navigate(ACCOUNT_PATH);
  };

  const role = ROLE_TEXT[invitation.role];
  return (
    <div className="account-narrow">
      <PageHeader
        eyebrow="Invitation"
        title={`Join ${invitation.clinicName}`}
        documentTitle="Invitation"
        lead={`You are invited as ${role.article} ${role.name}. ${role.invitedLead}`}
      />
      {current ? (
        <Notice tone="caution" className="account-form__problem">
          <p>
            You are signed in as {current.name}. Creating this account signs you in as the new
            account instead.
          </p>
        </Notice>
      ) : null}
      <AccountForm
        ids={IDS}
        labels={LABELS}
        state={form}
        onSubmit={() => void submit()}
        submitLabel="Create my account"
        busyLabel="Creating your account…"
      >
        <TextField {...field('name')} autoComplete="name" maxLength={100} />
        <EmailField
          {...field('email')}
          autoComplete="email"
          hint={invitedEmail ? 'The address this invitation was sent for.' : 'You sign in with it.'}
          readOnly={Boolean(invitedEmail)}
        />
        <PasswordField {...field('password')} hint={PASSWORD_HINT} autoComplete="new-password" />
      </AccountForm>
    </div>
  );
}
