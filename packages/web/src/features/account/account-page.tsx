import type { CheckInSummary, SignedInUser } from '@acupress/core';
import { ButtonLink } from '../../components/button';
import { Card } from '../../components/card';
import { Chip } from '../../components/chip';
import { PageHeader } from '../../components/page-header';
import { Link } from '../../router';
import { ChangePassword, DeleteAccount, DownloadData, SignOutEverywhere } from './account-settings';
import { formatDateTime } from '../../lib/dates';
import { Gate } from '../../components/gate';
import { CLINIC_PATH, savedCheckInHref } from '../../lib/account-paths';
import { roleAt } from './roles';
import { listFrom, useResource } from '../../lib/use-resource';

const TITLE = 'Your account';

export function AccountPage() {
  return (
    <Gate
      signInReason="Sign in to see your account and the check-ins saved in your record."
      title={TITLE}
      documentTitle="Account"
    >
      {(user) => <Account user={user} />}
    </Gate>
  );
}

function Account({ user }: { user: SignedInUser }) {
  const staff = user.role !== 'client';
  return (
    <div className="account">
      <PageHeader
        eyebrow={roleAt(user.role, user.clinicName)}
        title={TITLE}
        documentTitle="Account"
        lead={`Signed in as ${user.name}.`}
      />
      <div className="account__grid">
        <div className="account__column">
          <Card as="section" aria-labelledby="details-heading">
            <h2 id="details-heading">Your details</h2>
            <dl className="account-details">
              <div>
                <dt>Name</dt>
                <dd>{user.name}</dd>
              </div>
              <div>
                <dt>Email</dt>
                <dd>{user.email}</dd>
              </div>
              <div>
                <dt>Role</dt>
                <dd>{roleAt(user.role, user.clinicName)}</dd>
              </div>
            </dl>
            {staff ? (
              <p>
                <Link to={CLINIC_PATH}>Go to the clinic</Link>: invitations and people.
              </p>
            ) : null}
          </Card>
          <SavedCheckIns user={user} />
        </div>
        <div className="account__column">
          <ChangePassword email={user.email} />
          <SignOutEverywhere />
          <DownloadData />
          <DeleteAccount user={user} />
        </div>
      </div>
    </div>
  );
}

function SavedCheckIns({ user }: { user: SignedInUser }) {
  const [list] = useResource<CheckInSummary[]>(
    `/api/people/${encodeURIComponent(user.id)}/check-ins`,
    (d) => listFrom<CheckInSummary>(d, 'checkIns'),
  );
  return (
    <Card as="section" aria-labelledby="check-ins-heading">
      <h2 id="check-ins-heading">Your saved check-ins</h2>
      {list.state === 'loading' ? (
        <p className="muted">Loading…</p>
      ) : list.state === 'failed' ? (
        <p>{list.error.message}</p>
      ) : list.data.length === 0 ? (
        <>
          <p className="muted">
            None yet. At the end of a check-in, choose “Save to my record” to keep it here.
          </p>
          <p>
            <ButtonLink to="/check-in" variant="secondary">
              Start a check-in
            </ButtonLink>
          </p>
        </>
      ) : (
        <ul className="saved-list">
          {list.data.map((c) => (
            <li key={c.id}>
              <Link to={savedCheckInHref(c.id)} className="saved-list__link">
                <span className="saved-list__date">{formatDateTime(c.createdAt)}</span>
                <OutcomeChip kind={c.outcomeKind} />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export function OutcomeChip({ kind }: { kind: string }) {
  return kind === 'referral' ? (
    <Chip tone="caution">See a clinician</Chip>
  ) : (
    <Chip tone="primary">Plan</Chip>
  );
}
