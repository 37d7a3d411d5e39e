import {
  advanceSession,
  resumeRefusal,
  startSession,
  stepLogs,
  type ResumeCare,
  type ResumeRefusal,
  type SessionState,
} from '@acupress/core';
import { Button } from '../../components/button';
import { Notice } from '../../components/notice';
import {
  pendingFor,
  readSessionInProgress,
  savedSession,
  useOutbox,
  type OutboxState,
  type SessionInProgress,
} from '../../offline';
import { navigate } from '../../router';
import type { FinishedRun } from './player/session-player-contract';
import { PRACTICE_SESSION_PATH } from './paths';
import { unsentMarks } from './unsent-marks';
import type { CareState } from './use-care';

// A session this device started and never logged (a reload, a tab the phone's system closed, a
// crash): offered again, never dropped. Within a day it can be resumed where it was, paused;
// either way it can be logged as stopped with what was pressed so far.

export type ResumeChoice = 'resume' | 'stop';

/** The machine where it was saved, paused at that time: the time away counts as nothing. */
export function resumedState(record: SessionInProgress): SessionState {
  const saved = record.state ?? startSession(record.plan, record.savedAt);
  return advanceSession(saved, { type: 'pause', at: saved.at });
}

/** What was done until the last save, as a run stopped then. */
export function stoppedRun(record: SessionInProgress): FinishedRun {
  const paused = resumedState(record);
  const done = advanceSession(paused, { type: 'stop', at: paused.at });
  return { endedAt: new Date(done.at).toISOString(), steps: stepLogs(done) };
}

const STOP_ONLY = 'log what you did as stopped.';

/** Core's refusal in one sentence for the person (the rule itself lives in core). */
function refusalText(code: ResumeRefusal, marks: readonly string[]): string {
  switch (code) {
    case 'over-a-day':
      return `It was more than a day ago, so it cannot be resumed: ${STOP_ONLY}`;
    case 'pressing-done':
      return 'Its pressing is over: answer the questions after the session.';
    case 'care-loading':
      return `Your plan is still loading, so it cannot be resumed yet: ${STOP_ONLY}`;
    case 'no-plan':
      return `There is no plan in your record now, so it cannot be resumed: ${STOP_ONLY}`;
    case 'care-failed':
      return `Your plan could not be loaded, so it cannot be checked and resumed: ${STOP_ONLY}`;
    case 'paused':
      return `Sessions are paused now, so it cannot be resumed: ${STOP_ONLY}`;
    case 'unsent-marks':
      return `Your last log reported ${marks.join(' and ')} and has not been sent yet, so it cannot be resumed: ${STOP_ONLY}`;
    case 'plan-changed':
      return `Your plan has changed since you started (a spot rests or the pressure is lower), so it cannot be resumed: ${STOP_ONLY}`;
  }
}

/** The care as core's resume rule reads it. */
function resumeCare(care: CareState): ResumeCare {
  if (care.state === 'ready') return { state: 'ready', care: care.care };
  if (care.state === 'no-plan') return { state: 'no-plan' };
  return { state: care.state === 'loading' ? 'loading' : 'failed' };
}

/**
 * Why the saved session cannot be resumed now, in one sentence; undefined when it can. The rule is
 * core's `resumeRefusal` (the same checks as starting a session); this only words it.
 */
export function whyNotResume(
  record: SessionInProgress,
  care: CareState,
  outbox: OutboxState,
  now = Date.now(),
): string | undefined {
  const marks = 'user' in care ? unsentMarks(pendingFor(care.user.id, outbox)) : [];
  const code = resumeRefusal(savedSession(record), resumeCare(care), marks.length, now);
  return code === undefined ? undefined : refusalText(code, marks);
}

const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const dayAndTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "14:05" today, "24 Nov 2026, 14:05" another day: in this device's time zone. */
export function startedText(record: SessionInProgress, now = new Date()): string {
  const at = new Date(record.start.startedAt);
  if (Number.isNaN(at.getTime())) return record.start.startedAt;
  return at.toDateString() === now.toDateString() ? timeOnly.format(at) : dayAndTime.format(at);
}

interface OfferProps {
  record: SessionInProgress;
  /** Why it cannot be resumed now (it can only be logged as stopped); undefined when it can. */
  notResumable: string | undefined;
  onChoose: (choice: ResumeChoice) => void;
}

/** The words and the two ways on; the page gives it its heading. */
export function ResumeOffer({ record, notResumable, onChoose }: OfferProps) {
  const when = startedText(record);
  if (record.after) {
    return (
      <>
        <p>
          You finished pressing in the session you started at {when}, but its answers were not
          saved.
        </p>
        <p>
          <Button onClick={() => onChoose('resume')}>Answer the questions after the session</Button>
        </p>
      </>
    );
  }
  const resumable = notResumable === undefined;
  return (
    <>
      <p>
        The session you started at {when} was not finished: the page closed before it was logged.{' '}
        {notResumable ??
          'You can go on where you were (it starts paused), or log what you did as stopped.'}
      </p>
      <div className="resume-offer__actions">
        {resumable ? (
          <Button onClick={() => onChoose('resume')}>
            Resume the session you started at {when}
          </Button>
        ) : null}
        <Button variant={resumable ? 'secondary' : 'primary'} onClick={() => onChoose('stop')}>
          Log it as stopped
        </Button>
      </div>
    </>
  );
}

// The choice made on the practice page, for the session page it opens (never across a reload:
// then the offer is made again).
let chosen: ResumeChoice | null = null;

/** The choice made on the practice page, for the render that opens the session page only (read
 * twice in React's strict mode: it goes once that render is over, not at the first read). */
export function takeChoice(): ResumeChoice | null {
  const c = chosen;
  if (c) setTimeout(() => (chosen = null), 0);
  return c;
}

/** On the practice page: the offer, when this person has a session in progress. */
export function InProgressNotice({
  care,
}: {
  care: Exclude<CareState, { state: 'signed-out' | 'loading' }>;
}) {
  const outbox = useOutbox();
  const record = readSessionInProgress(care.user.id);
  if (!record) return null;
  return (
    <Notice tone="caution" title="A session is not finished" titleAs="h2" className="resume-offer">
      <ResumeOffer
        record={record}
        notResumable={whyNotResume(record, care, outbox)}
        onChoose={(choice) => {
          chosen = choice;
          navigate(PRACTICE_SESSION_PATH);
        }}
      />
    </Notice>
  );
}
