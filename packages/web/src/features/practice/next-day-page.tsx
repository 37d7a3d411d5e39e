import { useEffect, useState } from 'react';
import { nextDaySchema, type SessionRecord } from '@acupress/core';
import { api } from '../../api';
import { Notice } from '../../components/notice';
import { PageHeader } from '../../components/page-header';
import { enqueue, pendingFor, useOutbox, type OfflineUser } from '../../offline';
import { navigate } from '../../router';
import { listFrom } from '../../lib/use-resource';
import { AfterForm, type AfterAnswers } from './after-form';
import { PRACTICE_DONE_PATH } from './paths';
import { NotReady } from './practice-page';
import {
  SESSIONS_PATH,
  nextDayPath,
  plannedSites,
  sessionPath,
  stepIdOf,
  stepLabelOf,
  type Site,
} from './session-body';
import { useCare } from './use-care';

// The day after a session: pain, soreness and any bruise or swelling, per site of that session.
// Its sites come from the server's record of the session; offline, from its start still waiting
// on this device, else from the plan on this device. Once shown, the form stays: the care
// reloading (the server is back) or the session expiring never takes it, half filled, away.

type Steps = Parameters<typeof plannedSites>[0];

const isSteps = (v: unknown): v is Steps =>
  Array.isArray(v) &&
  v.every(
    (s) =>
      typeof s === 'object' &&
      s !== null &&
      typeof (s as { stepId?: unknown }).stepId === 'string' &&
      Array.isArray((s as { sides?: unknown }).sides),
  );

function useSessionSites(sessionId: string, fallback: Site[], connected: boolean): Site[] {
  const [sites, setSites] = useState<Site[] | null>(null);
  useEffect(() => {
    if (!connected) return;
    let live = true;
    void api.get<unknown>(SESSIONS_PATH).then((result) => {
      if (!live || !result.ok) return;
      const record = listFrom<SessionRecord>(result.data, 'sessions').find(
        (s) => s.id === sessionId,
      );
      if (record && Array.isArray(record.steps)) setSites(plannedSites(record.steps));
    });
    return () => {
      live = false;
    };
  }, [sessionId, connected]);
  return sites ?? fallback;
}

export function NextDayPage({ sessionId }: { sessionId: string }) {
  const state = useCare();
  const outbox = useOutbox();
  const [problem, setProblem] = useState<string>();
  // Whose form this is and the sites it offers without the server, kept once known.
  const [kept, setKept] = useState<{ user: OfflineUser; sites: Site[] } | null>(null);
  if (state.state === 'ready' && kept?.user.id !== state.user.id) {
    const queued = pendingFor(state.user.id, outbox).find((i) => i.url === sessionPath(sessionId));
    const queuedSteps = (queued?.body as { steps?: unknown } | undefined)?.steps;
    setKept({
      user: state.user,
      sites: plannedSites(
        isSteps(queuedSteps)
          ? queuedSteps
          : // The due session's own sides (today's plan may rest one of them), else the plan's.
            state.care.nextDayDue?.sessionId === sessionId
            ? state.care.nextDayDue.steps
            : state.care.plan.steps.map((s) => ({
                stepId: stepIdOf(s),
                label: stepLabelOf(s),
                sides: s.sides,
              })),
      ),
    });
  }
  const sites = useSessionSites(
    sessionId,
    kept?.sites ?? [],
    state.state === 'ready' && !state.savedAt,
  );
  if (!kept) return state.state === 'ready' ? null : <NotReady state={state} />;
  const { user } = kept;

  const submit = async (answers: AfterAnswers) => {
    const parsed = nextDaySchema.safeParse({
      at: new Date().toISOString(),
      nrs: answers.nrs,
      soreness: answers.soreness,
      bruising: answers.bruising,
      swelling: answers.swelling,
    });
    if (!parsed.success) {
      setProblem(
        `This check cannot be kept: ${parsed.error.issues[0]?.message ?? 'it is incomplete'}.`,
      );
      return;
    }
    await Promise.race([
      enqueue(user.id, nextDayPath(sessionId), parsed.data),
      new Promise<void>((resolve) => setTimeout(resolve, 4000)),
    ]);
    navigate(PRACTICE_DONE_PATH);
  };

  return (
    <>
      <PageHeader
        eyebrow="Practice · The next day"
        title="How are you today?"
        documentTitle="Next-day check"
        lead="A minute of answers that shape your next session: a bruise or swelling rests that spot next time."
      />
      <div className="practice-narrow stack">
        {problem ? (
          <Notice tone="danger" role="alert">
            <p>{problem}</p>
          </Notice>
        ) : null}
        <AfterForm kind="next-day" sites={sites} submitLabel="Save" onSubmit={submit} />
      </div>
    </>
  );
}
