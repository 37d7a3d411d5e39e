import { ButtonLink } from '../../components/button';
import { Notice } from '../../components/notice';
import { PageHeader } from '../../components/page-header';
import { pendingFor, useOutbox } from '../../offline';
import { useSearchParams } from '../../router';
import { formatDate, formatDateTime } from '../../lib/dates';
import { Loading } from '../../components/gate';
import { signInHref } from '../../lib/account-paths';
import { NextSession } from './next-session';
import { PRACTICE_PATH, nextDayHref } from './paths';
import { ProgressSection } from './progress-tables';
import { InProgressNotice } from './resume-offer';
import { SyncNotice } from './sync-notice';
import { useCare, type CareState } from './use-care';

// The daily screen: what to do next (or why to wait), what the numbers say so far, and what
// this device still has to send.

const TITLE = 'Your practice';

function Header({ lead }: { lead?: string }) {
  return <PageHeader eyebrow="Practice" title={TITLE} documentTitle="Practice" lead={lead} />;
}

/** What became of the entry just saved: "taken into account" only once the care shown has it. */
function savedText(waiting: boolean, state: Extract<CareState, { state: 'ready' }>): string {
  if (waiting)
    return 'Kept on this device. Your plan will adapt once it is sent, when you’re online.';
  if (state.updating) return 'Sent to your record. Updating the plan below…';
  if (state.savedAt) {
    return 'Kept. The plan below is the copy on this device: it adapts when the server can be reached.';
  }
  return 'Sent to your record. The plan below takes it into account.';
}

function Saved({ state }: { state: Extract<CareState, { state: 'ready' }> }) {
  const outbox = useOutbox();
  const waiting = pendingFor(state.user.id, outbox).length > 0;
  return (
    <Notice tone="success" title="Saved" titleAs="h2" role="status">
      <p>{savedText(waiting, state)}</p>
    </Notice>
  );
}

export function NotReady({ state }: { state: Exclude<CareState, { state: 'ready' }> }) {
  if (state.state === 'loading') return <Loading what="your plan" />;
  if (state.state === 'signed-out') {
    return (
      <>
        <Header />
        <div className="practice-narrow stack">
          <p>
            Sign in to follow your saved plan session by session: a guided timer for each hold, pain
            before and after, and a plan that adapts when pressing left you sore or bruised.
          </p>
          <p>
            <ButtonLink to={signInHref(PRACTICE_PATH)}>Sign in</ButtonLink>
          </p>
          <p className="muted">No account? The check-in and the atlas work without one.</p>
        </div>
      </>
    );
  }
  if (state.state === 'no-plan') {
    return (
      <>
        <Header />
        <div className="practice-narrow stack">
          <InProgressNotice care={state} />
          <SyncNotice userId={state.user.id} />
          <p>
            There is no plan in your record to practise yet. Do a check-in, then press “Save to my
            record” under your plan.
          </p>
          <p>
            <ButtonLink to="/check-in">Start a check-in</ButtonLink>
          </p>
        </div>
      </>
    );
  }
  return (
    <>
      <Header />
      <div className="practice-narrow stack">
        <Notice tone="danger" title="Your practice could not be loaded" titleAs="h2" role="alert">
          <p>{state.error.message}</p>
        </Notice>
        <SyncNotice userId={state.user.id} />
        <InProgressNotice care={state} />
      </div>
    </>
  );
}

export function PracticePage() {
  const state = useCare();
  const saved = useSearchParams().get('saved') === '1';
  if (state.state !== 'ready') return <NotReady state={state} />;
  const { care, checkIn, savedAt, user } = state;
  return (
    <div className="practice">
      <Header lead={`Following the plan of your check-in of ${formatDate(checkIn.createdAt)}.`} />
      {saved ? <Saved state={state} /> : null}
      {savedAt ? (
        <Notice tone="caution" title="Offline: showing the copy on this device">
          <p>
            As the server last sent it on {formatDateTime(savedAt)}. Sessions still work; what you
            log is sent when you’re online, and the plan adapts then.
          </p>
        </Notice>
      ) : null}
      <SyncNotice userId={user.id} />
      <InProgressNotice care={state} />
      {care.nextDayDue ? (
        <Notice tone="info" title="How are you the day after?" titleAs="h2">
          <p>
            A short check on your session of {formatDateTime(care.nextDayDue.startedAt)}: pain,
            soreness, any bruising or swelling. It takes a minute and shapes your next plan.
          </p>
          <p>
            <ButtonLink to={nextDayHref(care.nextDayDue.sessionId)} variant="secondary">
              Answer the next-day check
            </ButtonLink>
          </p>
        </Notice>
      ) : null}
      <NextSession care={care} userId={user.id} updating={state.updating === true} />
      {/* Guidelines put exercise and staying active first and name no role for acupressure
          (docs/clinical-sources.md, "Exercise first"): say so where the practice is. */}
      <p className="practice-first">
        For back pain, exercise and staying active come first; no guideline names acupressure. Use
        these sessions as an addition to them, not instead.
      </p>
      <ProgressSection care={care} />
    </div>
  );
}
