import { useEffect, useRef, useState, type ComponentType } from 'react';
import { parseAssessment } from '@acupress/core';
import { Button } from '../../components/button';
import { PageHeader } from '../../components/page-header';
import { navigate, useSearchParams } from '../../router';
import { positiveFlags, toAssessmentInput, type Draft } from './draft';
import { clearDraft, useDraft } from './draft-store';
import { ErrorSummary, type FieldError } from '../../components/error-summary';
import { StepAbout } from './step-about';
import { StepHow } from './step-how';
import { StepSafety } from './step-safety';
import { StepSession } from './step-session';
import { StepTender } from './step-tender';
import { StepWhere, type StepProps } from './step-where';
import { PLAN_PATH, REFERRAL_PATH, stepHref } from './paths';
import { STEPS, firstIncomplete, issueToField, stepErrors, type StepId } from './steps';

const SCREENS: Record<StepId, ComponentType<StepProps>> = {
  where: StepWhere,
  safety: StepSafety,
  about: StepAbout,
  how: StepHow,
  tender: StepTender,
  session: StepSession,
};

const LEADS: Record<StepId, string> = {
  where: 'Mark where you feel the pain, how much it hurts and what it feels like.',
  safety:
    'Some back pain needs a doctor rather than acupressure. Please answer every question. If any answer is yes, Acupress tells you whom to see and how soon, instead of making a plan.',
  about: 'Some points are left out, or pressed more lightly, to keep you safe.',
  how: 'Optional: you can skip this step. Each score appears when you have answered its questions.',
  tender: 'Optional: you can skip this step.',
  session: 'How you will use your plan.',
};

// Fields core refused when the plan was made, by step: shown when the person is sent back there.
let refused: { step: StepId; errors: FieldError[] } | null = null;

/**
 * The step a person may see: never past one that still needs answers, nor past a red flag (the
 * safety step for an answer there or on the pain map; "About you" for one its answers imply).
 */
function allowedStep(d: Draft, requested: number): number {
  const n = firstIncomplete(d, requested);
  if (positiveFlags(d, false).length > 0) return Math.min(n, 2);
  return positiveFlags(d).length > 0 ? Math.min(n, 3) : n;
}

export function Wizard() {
  const params = useSearchParams();
  const raw = Number(params.get('step') ?? '1');
  const requested = Number.isInteger(raw) && raw >= 1 && raw <= STEPS.length ? raw : 1;
  const [draft, update] = useDraft();
  const n = allowedStep(draft, requested);
  const step = STEPS[n - 1]!;
  const Screen = SCREENS[step.id];
  const [attempt, setAttempt] = useState<{ step: StepId; count: number }>({
    step: step.id,
    count: 0,
  });

  useEffect(() => {
    if (n !== requested) navigate(stepHref(n), { replace: true });
  }, [n, requested]);

  // A new step is a new screen: its heading takes focus and the page starts at the top.
  const shown = useRef(step.id);
  useEffect(() => {
    if (shown.current === step.id) return;
    shown.current = step.id;
    window.scrollTo(0, 0);
    document.querySelector<HTMLElement>('.check-in h1')?.focus({ preventScroll: true });
  }, [step.id]);

  const tried = attempt.step === step.id && attempt.count > 0;
  const own = tried ? stepErrors(step.id, draft) : [];
  const fromCore = refused?.step === step.id ? refused.errors : [];
  const errors = [...own, ...fromCore.filter((e) => !own.some((o) => o.id === e.id))];
  const errorFor = (id: string) => errors.find((e) => e.id === id)?.message;

  const retry = () =>
    setAttempt((a) => ({ step: step.id, count: a.step === step.id ? a.count + 1 : 1 }));

  const makePlan = () => {
    const parsed = parseAssessment(toAssessmentInput(draft));
    if (parsed.ok) {
      refused = null;
      navigate(PLAN_PATH);
      return;
    }
    const mapped = (parsed.issues ?? []).map((i) => issueToField(i, draft));
    const first = mapped[0];
    if (!first) return;
    refused = {
      step: first.step,
      errors: mapped.filter((m) => m.step === first.step).map((m) => m.error),
    };
    setAttempt({ step: first.step, count: 1 });
    if (first.step === step.id) retry();
    else navigate(stepHref(STEPS.findIndex((s) => s.id === first.step) + 1));
  };

  const next = () => {
    refused = null;
    // A yes stops the check-in at once, even before every question is answered: no plan follows.
    // So does a red flag the profile implies (a swollen calf, fragile bones with a strain).
    const flagged =
      (step.id === 'safety' && positiveFlags(draft, false).length > 0) ||
      (step.id === 'about' && positiveFlags(draft).length > 0);
    if (flagged) {
      navigate(REFERRAL_PATH);
      return;
    }
    if (stepErrors(step.id, draft).length > 0) {
      retry();
      return;
    }
    if (n === STEPS.length) makePlan();
    else navigate(stepHref(n + 1));
  };

  const startAgain = () => {
    refused = null;
    clearDraft();
    setAttempt({ step: 'where', count: 0 });
    navigate(stepHref(1));
  };

  return (
    <div className="check-in">
      <PageHeader
        eyebrow={`Check-in · Step ${n} of ${STEPS.length}`}
        title={step.title}
        documentTitle={`Check-in, step ${n} of ${STEPS.length}: ${step.name}`}
        lead={LEADS[step.id]}
      >
        <div className="ci-progress" aria-hidden="true">
          {STEPS.map((s, i) => (
            <span
              key={s.id}
              className={`ci-progress__bar${i + 1 < n ? ' is-done' : i + 1 === n ? ' is-current' : ''}`}
            />
          ))}
        </div>
      </PageHeader>

      <ErrorSummary
        title={
          step.id === 'safety'
            ? `Please answer ${errors.length === 1 ? 'this question' : `these ${errors.length} questions`} to continue`
            : 'Please check these answers'
        }
        errors={errors}
        attempt={attempt.step === step.id ? attempt.count : 0}
      />

      <Screen key={step.id} draft={draft} update={update} errorFor={errorFor} errors={errors} />

      <div className="ci-nav">
        {n > 1 ? (
          <Button variant="secondary" onClick={() => navigate(stepHref(n - 1))}>
            Back
          </Button>
        ) : null}
        <div className="ci-nav__forward">
          {step.optional ? (
            <Button variant="quiet" onClick={() => navigate(stepHref(n + 1))}>
              Skip this step
            </Button>
          ) : null}
          <Button onClick={next}>{n === STEPS.length ? 'Make my plan' : 'Next'}</Button>
        </div>
      </div>

      <div className="ci-footnote">
        <p className="muted">
          Your answers stay in this browser tab: nothing is sent to a server, and closing the tab
          forgets them.
        </p>
        <button type="button" className="link-button" onClick={startAgain}>
          Clear my answers and start again
        </button>
      </div>
    </div>
  );
}
