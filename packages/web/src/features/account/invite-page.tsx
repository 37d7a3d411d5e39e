import type { InvitationOffer, SignedIn } from '@acupress/core';
import { api, signedIn, useUser, type ApiError } from '../../api';
import { ButtonLink } from '../../components/button';
import { EmailField, TextField } from '../../components/field';
import { Notice } from '../../components/notice';
import { PageHeader } from '../../components/page-header';
import { navigate } from '../../router';
import { AccountForm, PasswordField } from '../../components/form-kit';
import { Loading } from '../../components/gate';
import { ACCOUNT_PATH } from '../../lib/account-paths';
import {
  PASSWORD_HINT,
  emailError,
  errorsOf,
  newPasswordError,
  requireText,
} from '../../lib/form-checks';
import { useAccountForm } from '../../lib/use-account-form';
import { useResource } from '../../lib/use-resource';
import { ROLE_TEXT } from './roles';

const FIELDS = {
  name: { id: 'invite-name', label: 'Your name' },
  email: { id: 'invite-email', label: 'Email' },
  password: { id: 'invite-password', label: 'Password' },
};

/** A one-time link that has been used, has expired or never existed. */
export const isGone = (error: ApiError): boolean =>
  error.code === 'GONE' || error.code === 'NOT_FOUND';

export function LinkProblem({ error, what }: { error: ApiError; what: 'invitation' | 'reset' }) {
  const ask =
    what === 'invitation' ? 'Ask for a new one.' : 'Ask the owner of your clinic for a new one.';
  if (isGone(error)) {
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
  const [lookup] = useResource<InvitationOffer>(`/api/invitations/${encodeURIComponent(token)}`);

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
  return <AcceptForm token={token} invitation={lookup.data} />;
}

function AcceptForm({ token, invitation }: { token: string; invitation: InvitationOffer }) {
  const current = useUser();
  const invitedEmail = invitation.email ?? '';
  const { field, props } = useAccountForm({
    fields: FIELDS,
    initial: { email: invitedEmail },
    validate: (v) =>
      errorsOf({
        name: requireText(v.name, 'Enter your name.'),
        email: emailError(v.email),
        password: newPasswordError(v.password, v.email.trim()),
      }),
    send: (v) =>
      api.post<SignedIn>(`/api/invitations/${encodeURIComponent(token)}/accept`, {
        name: v.name.trim(),
        email: v.email.trim(),
        password: v.password,
      }),
    refused: (error, refusal) =>
      isGone(error)
        ? {
            ...refusal,
            general: 'This invitation has been used or has expired. Ask for a new one.',
          }
        : refusal,
    saved: (body) => {
      signedIn(body);
      navigate(ACCOUNT_PATH);
    },
  });

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
      <AccountForm {...props} submitLabel="Create my account" busyLabel="Creating your account…">
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
