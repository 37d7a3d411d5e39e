import type { Plan, SavedSession, SessionStart, SessionState, StepLog } from '@acupress/core';
import { isRecord, readJson, removeKey, writeJson } from './local-store';
import { mayKeepFor } from './practice-user';

// A guided session in progress, per person: kept from the moment its start is queued until its
// log is, so a reload, a tab the phone's system discarded or a crash never loses the run or the
// after form (the server already has the start: without this it would wait for a log forever).
// Written at each change of phase and each answer, never at every tick; it goes when the log is
// queued and when the person signs out (with the outbox and the care snapshot).

/** The after form's answers so far. */
export interface AfterDraft {
  nrs: number | null;
  soreness: number | null;
  bruising: string[];
  swelling: string[];
  pressure: string;
  note: string;
}

export interface SessionInProgress {
  userId: string;
  /** The session's id (the URL of its start and its log). */
  id: string;
  plan: Plan;
  /** What was queued as the start: its startedAt and beforeNrs among it. */
  start: SessionStart;
  /** When this record was last written (ms since the epoch). */
  savedAt: number;
  /** The session machine's state (plain JSON) while the player runs; null before its first. */
  state: SessionState | null;
  /** Once the player is over: what it handed back, and the after form's answers so far. */
  after: {
    run: { endedAt: string; steps: StepLog[] };
    stopped: boolean;
    answers?: AfterDraft;
  } | null;
}

const key = (userId: string) => `session-in-progress.${userId}`;
/** The id of this person's session whose log was queued last: it is never kept or offered again. */
const loggedKey = (userId: string) => `session-logged.${userId}`;

const isString = (v: unknown): v is string => typeof v === 'string';
const isLogged = (userId: string, id: string) => readJson(loggedKey(userId), isString) === id;

const isState = (v: unknown): v is SessionState =>
  isRecord(v) &&
  Array.isArray(v.items) &&
  Array.isArray(v.records) &&
  v.items.length === v.records.length &&
  typeof v.index === 'number' &&
  typeof v.phase === 'string' &&
  typeof v.at === 'number' &&
  isRecord(v.cue) &&
  isRecord(v.timing);

const isAfter = (v: unknown): v is SessionInProgress['after'] =>
  v === null ||
  (isRecord(v) &&
    isRecord(v.run) &&
    typeof v.run.endedAt === 'string' &&
    Array.isArray(v.run.steps) &&
    typeof v.stopped === 'boolean');

const isInProgress = (v: unknown): v is SessionInProgress =>
  isRecord(v) &&
  typeof v.userId === 'string' &&
  typeof v.id === 'string' &&
  isRecord(v.plan) &&
  Array.isArray(v.plan.steps) &&
  isRecord(v.start) &&
  typeof v.start.startedAt === 'string' &&
  Array.isArray(v.start.steps) &&
  typeof v.savedAt === 'number' &&
  (v.state === null || isState(v.state)) &&
  isAfter(v.after);

/** This person's session in progress on this device, if any (never another person's). */
export function readSessionInProgress(
  userId: string | null | undefined,
): SessionInProgress | undefined {
  if (!userId) return undefined;
  const record = readJson(key(userId), isInProgress);
  return record?.userId === userId && !isLogged(userId, record.id) ? record : undefined;
}

/**
 * False when it could not be kept (storage full or blocked), or must not be: its log is queued
 * already (a form still on screen, another tab), or its person signed out. The session still runs.
 */
export function writeSessionInProgress(
  record: Omit<SessionInProgress, 'savedAt'>,
  now = Date.now(),
): boolean {
  if (!mayKeepFor(record.userId) || isLogged(record.userId, record.id)) return false;
  return writeJson(key(record.userId), { ...record, savedAt: now });
}

/**
 * The session's log is queued: nothing left to resume. Marked first, so that no later write (an
 * answer changed while saving, another tab still showing it) brings the session back.
 */
export function sessionLogged(userId: string, id: string): void {
  writeJson(loggedKey(userId), id);
  removeKey(key(userId));
}

/** Forgets this person's session in progress, and its mark (they signed out). */
export function clearSessionInProgress(userId: string): void {
  removeKey(key(userId));
  removeKey(loggedKey(userId));
}

/**
 * The record as core's resume rule reads it (`resumeRefusal`, `savedSessionRefusal`): when it
 * started, at what pressure, the plan and where the machine was, whether pressing is over. The
 * rule itself (a day at most, the same checks as a start) is core's, not this device's.
 */
export function savedSession(record: SessionInProgress): SavedSession {
  return {
    startedAt: record.start.startedAt,
    pressureTarget: record.start.pressureTarget,
    plan: record.plan,
    state: record.state,
    pressingDone: record.after !== null,
  };
}
