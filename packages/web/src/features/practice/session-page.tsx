import { useState, type FormEvent } from 'react';
import { sessionLogSchema, type Plan, type SessionStart, type SessionState } from '@acupress/core';
import { Button, ButtonLink } from '../../components/button';
import { ErrorSummary } from '../../components/error-summary';
import { Notice } from '../../components/notice';
import { PageHeader } from '../../components/page-header';
import {
  enqueue,
  pendingFor,
  mayKeepFor,
  readSessionInProgress,
  sessionLogged,
  useOutbox,
  usePracticeUser,
  writeSessionInProgress,
  type AfterDraft,
  type SessionInProgress,
} from '../../offline';
import { navigate } from '../../router';
import { ScaleField } from '../../components/scale-field';
import type { FinishedRun } from './player/session-player-contract';
import { AfterForm, type AfterAnswers } from './after-form';
import { PRACTICE_DONE_PATH, PRACTICE_PATH } from './paths';
import { NotReady } from './practice-page';
import { PauseNotice } from './pause-notice';
import {
  ResumeOffer,
  resumedState,
  stoppedRun,
  takeChoice,
  whyNotResume,
  type ResumeChoice,
} from './resume-offer';
import { logPath, plannedSites, sessionPath, startBody } from './session-body';
import { SessionPlayerSlot } from './session-player-slot';
import { UnsentMarksNotice, unsentMarks } from './unsent-marks';
import { useCare } from './use-care';

// One guided session: pain before → the player → how it was after. The start is kept (and sent)
// before the player opens, so even a session stopped by a flat battery is in the record; the
// log follows it through the same outbox, online or not. Once started, the session runs on
// what it started with (the plan, whose it is): the care reloading when the server comes back,
// or the session expiring, never takes the player or a half-filled after form off the screen.
// Nor does a reload: from its start to its log, the session in progress is kept on this device
// (its machine at each change, the after form's answers) and offered again when the page opens.

interface Started {
  id: string;
  userId: string;
  plan: Plan;
  start: SessionStart;
}

type Phase =
  | { phase: 'before' }
  | ({ phase: 'running'; initial?: SessionState } & Started)
  | ({ phase: 'after'; run: FinishedRun; stopped: boolean; answers?: AfterDraft } & Started);

/** Just what started the session (a phase or a record carries more). */
const startedOf = (r: Started): Started => ({
  id: r.id,
  userId: r.userId,
  plan: r.plan,
  start: r.start,
});

/** Where a session in progress goes on: the player where it was (paused), or its after form. */
function phaseFrom(record: SessionInProgress, choice: ResumeChoice): Phase {
  const started = startedOf(record);
  if (record.after) return { phase: 'after', ...started, ...record.after };
  if (choice === 'resume') {
    const initial = resumedState(record);
    if (initial.phase !== 'done') return { phase: 'running', ...started, initial };
  }
  return { phase: 'after', ...started, run: stoppedRun(record), stopped: true };
}

/** Keeps the session in progress on this device (quietly: it runs even if it cannot). */
function keep(started: Started, state: SessionState | null, after: SessionInProgress['after']) {
  writeSessionInProgress({ ...startedOf(started), state, after });
}

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
  const who = usePracticeUser();
  const userId = who.state === 'signed-in' ? who.user.id : undefined;
  const [phase, setPhase] = useState<Phase>(() => {
    // Chosen on the practice page ("Resume…", "Log it as stopped"): go on at once.
    const choice = takeChoice();
    const record = readSessionInProgress(userId);
    return choice && record ? phaseFrom(record, choice) : { phase: 'before' };
  });
  const [problem, setProblem] = useState<string>();

  const ended = (run: FinishedRun, stopped: boolean) => {
    if (phase.phase !== 'running') return;
    keep(phase, null, { run, stopped });
    setPhase({ ...startedOf(phase), phase: 'after', run, stopped });
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
    const sent = enqueue(phase.userId, logPath(phase.id), parsed.data);
    // The log is in the outbox now: nothing left to resume, here or in another tab.
    sessionLogged(phase.userId, phase.id);
    await briefly(sent);
    navigate(PRACTICE_DONE_PATH);
  };

  // Signed out on purpose (here or in another tab): nothing of the session stays on screen.
  if (phase.phase !== 'before' && !mayKeepFor(phase.userId)) {
    return <NotReady state={{ state: 'signed-out' }} />;
  }

  // Started: whatever the care does meanwhile (loading again, the session expiring), the session
  // goes on.
  if (phase.phase === 'running') {
    return (
      <div className="practice-session">
        <h1 className="visually-hidden">Guided session</h1>
        <SessionPlayerSlot
          plan={phase.plan}
          initialState={phase.initial}
          onStateChange={(s) => keep(phase, s, null)}
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
            initial={phase.answers}
            onChange={(answers) =>
              keep(phase, null, { run: phase.run, stopped: phase.stopped, answers })
            }
          />
        </div>
      </>
    );
  }

  // A session started here and never logged: offered before anything else, never dropped.
  const inProgress = readSessionInProgress(userId);
  if (inProgress) {
    return (
      <>
        <PageHeader
          eyebrow="Practice · Guided session"
          title="Your session is not finished"
          documentTitle="Session"
        />
        <div className="practice-narrow stack resume-offer">
          <ResumeOffer
            record={inProgress}
            notResumable={whyNotResume(inProgress, state, outbox)}
            onChoose={(choice) => setPhase(phaseFrom(inProgress, choice))}
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
          {care.pause ? <PauseNotice pause={care.pause} titleAs="h2" routineTitle="Why" /> : null}
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
    const started: Started = { id, userId: user.id, plan: care.plan, start };
    void enqueue(user.id, sessionPath(id), start);
    keep(started, null, null);
    setPhase({ phase: 'running', ...started });
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
