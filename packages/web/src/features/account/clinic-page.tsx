import { useRef, useState } from 'react';
import type {
  InvitableRole,
  InvitationLink,
  Invitation,
  Person,
  SignedInUser,
} from '@acupress/core';
import { api } from '../../api';
import { Button, ButtonLink } from '../../components/button';
import { Card } from '../../components/card';
import { EmailField } from '../../components/field';
import { Notice } from '../../components/notice';
import { PageHeader } from '../../components/page-header';
import { formatDateTime } from '../../lib/dates';
import { Gate, NotForYou } from '../../components/gate';
import { OneTimeLink } from './one-time-link';
import { PeopleCard } from './people-card';
import { AUDIT_PATH } from '../../lib/account-paths';
import { emailError } from '../../lib/form-checks';
import { ROLE_TEXT } from './roles';
import { listFrom, useResource, type Resource } from '../../lib/use-resource';

const TITLE = 'Clinic';

/** The clinic's people and invitations: for its owner and practitioners. */
export function ClinicPage() {
  return (
    <Gate
      signInReason="Sign in to see your clinic: its people and invitations."
      title={TITLE}
      documentTitle={TITLE}
      roles={['owner', 'practitioner']}
    >
      {(user) => <Clinic user={user} />}
    </Gate>
  );
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function Clinic({ user }: { user: SignedInUser }) {
  const isOwner = user.role === 'owner';
  const [people, reloadPeople] = useResource<Person[]>('/api/users', (d) =>
    listFrom<Person>(d, 'users'),
  );
  const [invitations, reloadInvitations] = useResource<Invitation[]>('/api/invitations', (d) =>
    listFrom<Invitation>(d, 'invitations'),
  );
  // The server refuses the clinic to anyone else: said the same way as the page's own check.
  if (people.state === 'failed' && people.error.code === 'FORBIDDEN') {
    return <NotForYou title={TITLE} documentTitle={TITLE} />;
  }

  return (
    <div className="clinic">
      <PageHeader
        eyebrow={user.clinicName}
        title={TITLE}
        documentTitle={TITLE}
        lead={
          isOwner
            ? 'Invite practitioners and clients, help someone back into their account, and read who looked at which records.'
            : 'Invite your clients. Each client sees only their own records.'
        }
      >
        {isOwner ? (
          <p className="clinic__header-actions">
            <ButtonLink to={AUDIT_PATH} variant="secondary">
              Audit log
            </ButtonLink>
          </p>
        ) : null}
      </PageHeader>

      <div className="clinic__grid">
        <InviteCard isOwner={isOwner} onCreated={reloadInvitations} />
        <PendingInvitations resource={invitations} onChanged={reloadInvitations} />
        <PeopleCard user={user} resource={people} onChanged={reloadPeople} />
      </div>
    </div>
  );
}

function InviteCard({ isOwner, onCreated }: { isOwner: boolean; onCreated: () => void }) {
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<InvitationLink>();
  const role = useRef<InvitableRole>('client');

  const submit = async () => {
    if (busy) return;
    const trimmed = email.trim();
    const invalid = trimmed ? emailError(trimmed) : undefined;
    setError(invalid);
    setProblem(undefined);
    if (invalid) {
      document.getElementById('invite-email')?.focus();
      return;
    }
    setBusy(true);
    const result = await api.post<InvitationLink>('/api/invitations', {
      role: role.current,
      ...(trimmed ? { email: trimmed } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      const emailIssue = result.error.issues.find((i) => i.field === 'email');
      if (emailIssue) setError(`The email ${emailIssue.message}.`);
      else setProblem(result.error.message);
      return;
    }
    setCreated(result.data);
    setEmail('');
    onCreated();
  };

  return (
    <Card as="section" aria-labelledby="invite-heading" className="clinic__invite">
      <h2 id="invite-heading">Invite someone</h2>
      <p className="muted">
        An invitation is a link that works once and expires. Acupress sends no email: copy the link
        and pass it on yourself, by message or in person.
      </p>
      <form
        noValidate
        className="invite-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <EmailField
          id="invite-email"
          label="Their email (optional)"
          hint="If you give it, only this address can accept the invitation."
          autoComplete="off"
          value={email}
          onChange={(event) => {
            setEmail(event.target.value);
            setError(undefined);
          }}
          error={error}
        />
        <div className="invite-form__actions">
          <Button
            type="submit"
            aria-disabled={busy || undefined}
            onClick={() => (role.current = 'client')}
          >
            Invite a client
          </Button>
          {isOwner ? (
            <Button
              type="submit"
              variant="secondary"
              aria-disabled={busy || undefined}
              onClick={() => (role.current = 'practitioner')}
            >
              Invite a practitioner
            </Button>
          ) : null}
        </div>
      </form>
      {problem ? (
        <Notice tone="danger" role="alert">
          <p>{problem}</p>
        </Notice>
      ) : null}
      {created ? (
        <OneTimeLink
          key={created.id}
          inputId="new-invitation-url"
          focusOnMount
          title={`Invitation link for ${ROLE_TEXT[created.role].article} ${ROLE_TEXT[created.role].name}`}
          link={created.link}
          expiresAt={created.expiresAt}
          note={
            created.email
              ? `Only ${created.email} can accept it. Send it to them yourself.`
              : 'Send it to the person yourself. Anyone who has the link can use it, once.'
          }
        />
      ) : null}
    </Card>
  );
}

function PendingInvitations({
  resource,
  onChanged,
}: {
  resource: Resource<Invitation[]>;
  onChanged: () => void;
}) {
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<string>();

  const revoke = async (invitation: Invitation) => {
    setProblem(undefined);
    const result = await api.delete(`/api/invitations/${encodeURIComponent(invitation.id)}`);
    if (!result.ok && result.error.code !== 'NOT_FOUND') {
      setProblem(result.error.message);
      return;
    }
    setStatus(`The invitation for ${describe(invitation)} is revoked: its link no longer works.`);
    onChanged();
    requestAnimationFrame(() => document.getElementById('pending-heading')?.focus());
  };

  return (
    <Card as="section" aria-labelledby="pending-heading" className="clinic__pending">
      <h2 id="pending-heading" tabIndex={-1}>
        Waiting to be accepted
      </h2>
      <p role="status" className="clinic__status">
        {status}
      </p>
      {problem ? (
        <Notice tone="danger" role="alert">
          <p>{problem}</p>
        </Notice>
      ) : null}
      {resource.state === 'loading' ? (
        <p className="muted">Loading…</p>
      ) : resource.state === 'failed' ? (
        <p>{resource.error.message}</p>
      ) : resource.data.length === 0 ? (
        <p className="muted">No invitation is waiting.</p>
      ) : (
        <ul className="clinic-list">
          {resource.data.map((inv) => (
            <li key={inv.id} className="clinic-list__item">
              <div className="clinic-list__main">
                <p className="clinic-list__name">
                  {capital(ROLE_TEXT[inv.role]?.name ?? inv.role)}
                  {inv.email ? <span className="clinic-list__email"> · {inv.email}</span> : null}
                </p>
                <p className="clinic-list__meta">Expires {formatDateTime(inv.expiresAt)}</p>
              </div>
              <Button variant="quiet" onClick={() => void revoke(inv)}>
                Revoke <span className="visually-hidden">the invitation for {describe(inv)}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function describe(inv: Invitation): string {
  const who = `${ROLE_TEXT[inv.role]?.article ?? 'a'} ${ROLE_TEXT[inv.role]?.name ?? inv.role}`;
  return inv.email ? `${who} (${inv.email})` : who;
}
