import { useEffect, useMemo } from 'react';
import { ButtonLink } from '../../components/button';
import { PageHeader } from '../../components/page-header';
import { navigate } from '../../router';
import { positiveFlags } from './draft';
import { useDraft } from './draft-store';
import { assessmentToSave, outcomeFrom, referralFrom } from './outcome';
import { stepHref } from './paths';
import { PlanView } from './plan-view';
import { ReferralView } from './referral-view';
import { SavedCheckInPage } from './saved-check-in-page';
import { SaveToRecord } from './save-to-record';
import { STEPS, issueToField } from './steps';
import { Wizard } from './wizard';
import '../../components/link-button.css';
import './check-in.css';
import './plan.css';

// The check-in and its plan, loaded only when one of their addresses is opened (React.lazy in
// app.tsx): the assessment schema and its validator stay out of the first page's JavaScript.
// A check-in saved in the person's record is shown here too, with the same plan and referral
// screens.

export type CheckInView =
  { view: 'wizard' } | { view: 'plan' } | { view: 'referral' } | { view: 'saved'; id: string };

export default function CheckInFeature({ route }: { route: CheckInView }) {
  switch (route.view) {
    case 'plan':
      return <PlanRoute />;
    case 'referral':
      return <ReferralRoute />;
    case 'saved':
      return <SavedCheckInPage id={route.id} />;
    case 'wizard':
      return <Wizard />;
  }
}

function ReferralRoute() {
  const [draft] = useDraft();
  const referral = useMemo(() => referralFrom(draft), [draft]);
  useEffect(() => {
    // Nothing to refer for (answers changed, or opened directly): back to the questions.
    if (!referral) navigate(stepHref(2), { replace: true });
  }, [referral]);
  const record = useMemo(() => <SaveToRecord assessment={assessmentToSave(draft)} />, [draft]);
  // Back to where the flag was raised: the safety questions, or "About you" for one it implies.
  const changeStep = positiveFlags(draft, false).length > 0 ? 2 : 3;
  return referral ? (
    <ReferralView referral={referral} record={record} changeStep={changeStep} />
  ) : null;
}

function PlanRoute() {
  const [draft] = useDraft();
  const outcome = useMemo(() => outcomeFrom(draft), [draft]);
  const record = useMemo(() => <SaveToRecord assessment={assessmentToSave(draft)} />, [draft]);
  if (outcome.kind === 'plan') return <PlanView plan={outcome.plan} record={record} />;
  if (outcome.kind === 'referral') {
    return <ReferralView referral={outcome.referral} record={record} />;
  }

  const steps = [
    ...new Set(
      outcome.issues.map((i) => STEPS.findIndex((s) => s.id === issueToField(i, draft).step)),
    ),
  ].sort((a, b) => a - b);
  return (
    <>
      <PageHeader
        title="Your check-in is not finished"
        documentTitle="Check-in not finished"
        lead="A plan is made once every question it needs has an answer."
      />
      <ul className="unfinished-list">
        {steps.map((i) => (
          <li key={i}>
            <ButtonLink to={stepHref(i + 1)} variant="secondary">
              Step {i + 1}: {STEPS[i]!.name}
            </ButtonLink>
          </li>
        ))}
      </ul>
    </>
  );
}
