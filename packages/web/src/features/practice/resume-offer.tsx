import { advanceSession, startSession, stepLogs, type SessionState } from '@acupress/core';
import { Button } from '../../components/button';
import { Notice } from '../../components/notice';
import { canResume, readSessionInProgress, type SessionInProgress } from '../../offline';
import { navigate } from '../../router';
import type { FinishedRun } from '../session/session-player-contract';
import { PRACTICE_SESSION_PATH } from './paths';

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
  /** False when sessions are paused now: the session can only be logged. */
  mayResume?: boolean;
  onChoose: (choice: ResumeChoice) => void;
}

/** The words and the two ways on; the page gives it its heading. */
export function ResumeOffer({ record, mayResume = true, onChoose }: OfferProps) {
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
  const resumable = mayResume && canResume(record);
  return (
    <>
      <p>
        The session you started at {when} was not finished: the page closed before it was logged.
        {resumable
          ? ' You can go on where you were (it starts paused), or log what you did as stopped.'
          : mayResume
            ? ' It was more than a day ago, so it cannot be resumed: log what you did as stopped.'
            : ' Sessions are paused now, so it cannot be resumed: log what you did as stopped.'}
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
export function InProgressNotice({ userId, mayResume }: { userId: string; mayResume?: boolean }) {
  const record = readSessionInProgress(userId);
  if (!record) return null;
  return (
    <Notice tone="caution" title="A session is not finished" titleAs="h2" className="resume-offer">
      <ResumeOffer
        record={record}
        mayResume={mayResume}
        onChoose={(choice) => {
          chosen = choice;
          navigate(PRACTICE_SESSION_PATH);
        }}
      />
    </Notice>
  );
}
