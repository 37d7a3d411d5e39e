import { useEffect, useRef, useState, type HTMLAttributes } from 'react';
import type { PasswordResetLink as OneTimeLinkBody, Person, SignedInUser } from '@acupress/core';
import { api } from '../../api';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { Chip } from '../../components/chip';
import { Notice } from '../../components/notice';
import { OneTimeLink } from './one-time-link';
import { ROLE_TEXT } from './roles';
import type { Resource } from '../../lib/use-resource';

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export interface PeopleCardProps {
  user: SignedInUser;
  resource: Resource<Person[]>;
  onChanged: () => void;
}

/** The clinic's accounts: everyone for the owner, the clients for a practitioner. */
export function PeopleCard({ user, resource, onChanged }: PeopleCardProps) {
  const isOwner = user.role === 'owner';
  const title = isOwner ? 'People' : 'Clients';
  const [status, setStatus] = useState('');
  const removed = (person: Person) => {
    setStatus(`${person.name}’s account has been removed.`);
    onChanged();
    requestAnimationFrame(() => document.getElementById('people-heading')?.focus());
  };
  return (
    <Card as="section" aria-labelledby="people-heading" className="clinic__people">
      <h2 id="people-heading" tabIndex={-1}>
        {title}
      </h2>
      <p role="status" className="clinic__status">
        {status}
      </p>
      {resource.state === 'loading' ? (
        <p className="muted">Loading…</p>
      ) : resource.state === 'failed' ? (
        <p>{resource.error.message}</p>
      ) : resource.data.filter((p) => p.id !== user.id).length === 0 ? (
        <p className="muted">
          {isOwner
            ? 'No one else has joined yet. Invite a practitioner or a client above.'
            : 'No client has joined yet.'}
        </p>
      ) : (
        <ul className="clinic-list">
          {resource.data.map((person) => (
            <PersonRow
              key={person.id}
              person={person}
              self={person.id === user.id}
              manage={isOwner}
              onRemoved={() => removed(person)}
            />
          ))}
        </ul>
      )}
    </Card>
  );
}

interface PersonRowProps {
  person: Person;
  self: boolean;
  /** The owner may issue reset links and remove accounts (never their own here). */
  manage: boolean;
  onRemoved: () => void;
}

function PersonRow({ person, self, manage, onRemoved }: PersonRowProps) {
  const [link, setLink] = useState<OneTimeLinkBody>();
  const [problem, setProblem] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const removeRef = useRef<HTMLButtonElement>(null);
  const inputId = `reset-link-${person.id}`;
  const confirmId = `remove-${person.id}`;

  const issue = async () => {
    setProblem(undefined);
    const result = await api.post<OneTimeLinkBody>(
      `/api/users/${encodeURIComponent(person.id)}/password-reset`,
    );
    if (!result.ok) return setProblem(result.error.message);
    setLink(result.data);
  };

  const remove = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(undefined);
    const result = await api.delete(`/api/users/${encodeURIComponent(person.id)}`);
    setBusy(false);
    if (!result.ok) return setProblem(result.error.message);
    onRemoved();
  };

  const openConfirm = () => setConfirming(true);
  const cancel = () => {
    setConfirming(false);
    requestAnimationFrame(() => removeRef.current?.focus());
  };

  return (
    <li className="clinic-list__item clinic-list__item--person">
      <div className="clinic-list__main">
        <p className="clinic-list__name">
          {person.name}
          {self ? <span className="muted"> (you)</span> : null}
        </p>
        <p className="clinic-list__meta">
          <span className="clinic-list__email">{person.email}</span>{' '}
          <Chip tone={person.role === 'client' ? 'neutral' : 'primary'}>
            {capital(ROLE_TEXT[person.role]?.name ?? person.role)}
          </Chip>
        </p>
      </div>
      {manage && !self ? (
        <div className="clinic-list__actions">
          <Button variant="quiet" onClick={() => void issue()}>
            Issue a password-reset link <span className="visually-hidden">for {person.name}</span>
          </Button>
          <Button
            ref={removeRef}
            variant="quiet"
            className="button--danger-quiet"
            aria-expanded={confirming}
            aria-controls={confirming ? confirmId : undefined}
            onClick={() => (confirming ? cancel() : openConfirm())}
          >
            {/* One inline run: the button is a flex box, whose items would be spaced apart. */}
            <span>
              Remove <span className="visually-hidden">{person.name}’s</span> account
            </span>
          </Button>
        </div>
      ) : null}
      {confirming ? (
        <FocusOnMount
          id={confirmId}
          className="clinic-list__wide remove-confirm"
          role="group"
          aria-labelledby={`${confirmId}-title`}
        >
          <p id={`${confirmId}-title`} className="remove-confirm__title">
            Remove {person.name}’s account?
          </p>
          <p>
            Their account, sign-in sessions and saved check-ins are deleted from this server. This
            cannot be undone. The audit log keeps its entries, which hold ids only.
          </p>
          <div className="remove-confirm__actions">
            <Button
              variant="secondary"
              className="button--danger"
              aria-disabled={busy || undefined}
              onClick={() => void remove()}
            >
              {busy ? 'Removing…' : `Remove ${person.name}’s account`}
            </Button>
            <Button variant="quiet" onClick={cancel}>
              Cancel
            </Button>
          </div>
        </FocusOnMount>
      ) : null}
      {problem ? (
        <Notice tone="danger" role="alert" className="clinic-list__wide">
          <p>{problem}</p>
        </Notice>
      ) : null}
      {link ? (
        <div className="clinic-list__wide">
          <OneTimeLink
            key={link.link}
            inputId={inputId}
            focusOnMount
            title={`Password-reset link for ${person.name}`}
            link={link.link}
            expiresAt={link.expiresAt}
            note="Give it to them yourself. It lets them choose a new password."
            headingLevel="h3"
          />
        </div>
      ) : null}
    </li>
  );
}

/** A panel that takes focus when it appears (a confirmation), so it is read and reached first. */
function FocusOnMount(props: HTMLAttributes<HTMLDivElement>) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return <div ref={ref} tabIndex={-1} {...props} />;
}
