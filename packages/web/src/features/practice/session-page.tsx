import { useState, type FormEvent } from 'react';
import { sessionLogSchema, type Plan, type SessionStart } from '@acupress/core';
import { Button, ButtonLink } from '../../components/button';
import { ErrorSummary } from '../../components/error-summary';
import { Notice } from '../../components/notice';
import { PageHeader } from '../../components/page-header';
import { enqueue, pendingFor, useOutbox } from '../../offline';
import { navigate } from '../../router';
import { ScaleField } from '../check-in/scale-field';
import type { FinishedRun } from '../session/session-player-contract';
import { AfterForm, type AfterAnswers } from './after-form';
import { PRACTICE_DONE_PATH, PRACTICE_PATH } from './paths';
import { NotReady } from './practice-page';
import { logPath, plannedSites, sessionPath, startBody } from './session-body';
import { SessionPlayerSlot } from './session-player-slot';
import { UnsentMarksNotice, unsentMarks } from './unsent-marks';
import { useCare } from './use-care';

// One guided session: pain before → the player → how it was after. The start is kept (and sent)
// before the player opens, so even a session stopped by a flat battery is in the record; the
// log follows it through the same outbox, online or not. Once started, the session runs on
// what it started with (the plan, whose it is): the care reloading when the server comes back,
// or the session expiring, never takes the player or a half-filled after form off the screen.

interface Started {
  id: string;
  userId: string;
  plan: Plan;
  start: SessionStart;
}

type Phase =
  | { phase: 'before' }
  | ({ phase: 'running' } & Started)
  | ({ phase: 'after'; run: FinishedRun; stopped: boolean } & Started);

/** Waits for the first send a little (so the next page shows the adapted plan), never long. */
const briefly = (work: Promise<void>) =>
  Promise.race([work, new Promise<void>((resolve) => setTimeout(resolve, 4000))]);

function Before({ onStart }: { onStart: (nrs: number) => void }) {
  const [nrs, setNrs] = useState<number | null>(null);
  const [error, setError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (nrs === null) {
      setError('Choose a number from 0 (no pain) to 10 (worst imaginable).');
      setAttempt((a) => a + 1);
      return;
    }
    onStart(nrs);
  };
  return (
    <form noValidate className="practice-form stack" onSubmit={submit}>
      <ErrorSummary
        title="There is a problem"
        errors={error ? [{ id: 'before-nrs', label: 'Pain now', message: error }] : []}
        attempt={attempt}
      />
      <ScaleField
        id="before-nrs"
        legend="Pain now, before you start: 0 (no pain) to 10 (worst imaginable)"
        value={nrs}
        onChange={(v) => {
          setNrs(v);
          setError(undefined);
        }}
        error={error}
      />
      <p className="muted">
        Lie or sit comfortably, with the phone beside you. The session tells you when to build
        pressure, hold, and release.
      </p>
      <p>
        <Button type="submit" block className="practice-start">
          Start session
        </Button>
      </p>
    </form>
  );
}

export function SessionPage() {
  const state = useCare();
  const outbox = useOutbox();
  const [phase, setPhase] = useState<Phase>({ phase: 'before' });
  const [problem, setProblem] = useState<string>();

  const ended = (run: FinishedRun, stopped: boolean) => {
    if (phase.phase !== 'running') return;
    setPhase({ ...phase, phase: 'after', run, stopped });
  };

  const log = async (answers: AfterAnswers) => {
    if (phase.phase !== 'after') return;
    const parsed = sessionLogSchema.safeParse({
      endedAt: phase.run.endedAt,
      steps: phase.run.steps,
      after: answers,
    });
    if (!parsed.success) {
      setProblem(
        `This log cannot be kept: ${parsed.error.issues[0]?.message ?? 'it is incomplete'}.`,
      );
      return;
    }
    await briefly(enqueue(phase.userId, logPath(phase.id), parsed.data));
    navigate(PRACTICE_DONE_PATH);
  };

  // Started: whatever the care does meanwhile (loading again, signed out), the session goes on.
  if (phase.phase === 'running') {
    return (
      <div className="practice-session">
        <h1 className="visually-hidden">Guided session</h1>
        <SessionPlayerSlot
          plan={phase.plan}
          onFinished={(run) => ended(run, false)}
          onStopped={(run) => ended(run, true)}
        />
      </div>
    );
  }

  if (phase.phase === 'after') {
    return (
      <>
        <PageHeader
          eyebrow="Practice · After the session"
          title={phase.stopped ? 'Stopped early: how is it?' : 'Well done. How is it now?'}
          documentTitle="After the session"
          lead="A few answers shape your next session: a bruise or swelling rests that spot next time."
        />
        <div className="practice-narrow stack">
          {problem ? (
            <Notice tone="danger" role="alert">
              <p>{problem}</p>
            </Notice>
          ) : null}
          <AfterForm
            kind="after"
            sites={plannedSites(phase.start.steps)}
            submitLabel="Save this session"
            onSubmit={log}
          />
        </div>
      </>
    );
  }

  if (state.state !== 'ready') return <NotReady state={state} />;
  const { care, checkIn, user } = state;

  if (care.status === 'paused') {
    return (
      <>
        <PageHeader eyebrow="Practice" title="Sessions are paused" documentTitle="Session" />
        <div className="practice-narrow stack">
          <Notice tone="danger" title="Why" titleAs="h2">
            <ul className="practice-list">
              {care.pause?.reasons.map((r) => (
                <li key={r.text}>{r.text}</li>
              ))}
            </ul>
            {care.pause?.advice ? <p>{care.pause.advice}</p> : null}
          </Notice>
          <p>
            <ButtonLink to={PRACTICE_PATH}>Back to your practice</ButtonLink>
          </p>
        </div>
      </>
    );
  }

  // The plan on this device does not yet rest a spot the last log reported marked.
  const marks = unsentMarks(pendingFor(user.id, outbox));
  if (marks.length) {
    return (
      <>
        <PageHeader
          eyebrow="Practice"
          title="Not yet: your last log is waiting"
          documentTitle="Session"
        />
        <div className="practice-narrow stack">
          <UnsentMarksNotice marks={marks} titleAs="h2" />
          <p>
            <ButtonLink to={PRACTICE_PATH} variant="secondary">
              Back to your practice
            </ButtonLink>
          </p>
        </div>
      </>
    );
  }

  const begin = (beforeNrs: number) => {
    const id = crypto.randomUUID();
    const start = startBody(care, checkIn.id, beforeNrs);
    void enqueue(user.id, sessionPath(id), start);
    setPhase({ phase: 'running', id, userId: user.id, plan: care.plan, start });
  };

  return (
    <>
      <PageHeader
        eyebrow="Practice · Guided session"
        title="Before you start"
        documentTitle="Session"
        lead={`${care.plan.steps.length} steps, pressing to about ${care.pressureTarget} out of 10.`}
      />
      <div className="practice-narrow">
        <Before onStart={begin} />
      </div>
    </>
  );
}
