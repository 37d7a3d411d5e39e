import type { SavedCheckIn, SignedInUser } from '@acupress/core';
import { ButtonLink } from '../../components/button';
import { Notice } from '../../components/notice';
import { PageHeader } from '../../components/page-header';
import { PlanView } from './plan-view';
import { ReferralView } from './referral-view';
import { formatDate } from '../../lib/dates';
import { Gate, Loading } from '../../components/gate';
import { ACCOUNT_PATH } from '../../lib/account-paths';
import { useResource } from '../../lib/use-resource';

/** A check-in from the person's record, shown with the check-in's own plan or referral screen. */
export function SavedCheckInPage({ id }: { id: string }) {
  return (
    <Gate
      signInReason="Sign in to see the check-ins saved in your record."
      title="Saved check-in"
      documentTitle="Saved check-in"
    >
      {(user) => <SavedCheckInView user={user} id={id} />}
    </Gate>
  );
}

function SavedCheckInView({ user, id }: { user: SignedInUser; id: string }) {
  const [checkIn] = useResource<SavedCheckIn>(
    `/api/people/${encodeURIComponent(user.id)}/check-ins/${encodeURIComponent(id)}`,
  );
  const back = (
    <ButtonLink to={ACCOUNT_PATH} variant="secondary">
      Back to your account
    </ButtonLink>
  );
  if (checkIn.state === 'loading') return <Loading what="the check-in" />;
  if (checkIn.state === 'failed') {
    return (
      <div className="account-narrow stack">
        <PageHeader title="Saved check-in" documentTitle="Saved check-in" />
        <Notice tone="caution">
          <p>
            {checkIn.error.code === 'NOT_FOUND'
              ? 'This check-in is not in your record.'
              : checkIn.error.message}
          </p>
        </Notice>
        <p>{back}</p>
      </div>
    );
  }
  const { outcome, createdAt } = checkIn.data;
  const saved = { date: formatDate(createdAt), back };
  return outcome.kind === 'referral' ? (
    <ReferralView referral={outcome} saved={saved} />
  ) : (
    <PlanView plan={outcome} saved={saved} />
  );
}
