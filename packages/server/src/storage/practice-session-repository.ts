import type {
  After,
  NextDay,
  SessionLog,
  SessionRecord,
  SessionStart,
  StepLog,
} from '@acupress/core';
import { SqliteAdapter, type Kysely, type Selectable } from 'kysely';
import type { Database } from './database.js';
import { isId } from './ids.js';
import { toDate } from './meta-repository.js';
import type { PracticeSessionsTable, SessionStepLogsTable } from './record-tables.js';

/** A stored session with whose it is and when each part arrived (the server's clock). */
export interface StoredSession extends SessionRecord {
  clinicId: string;
  personId: string;
  createdBy: string | null;
  receivedAt: Date;
  loggedAt?: Date;
  nextDayAt?: Date;
}

export interface NewPracticeSession {
  /** The client's UUID. */
  id: string;
  clinicId: string;
  personId: string;
  createdBy: string;
  start: SessionStart;
}

export interface PracticeSessionRepository {
  /**
   * Stores the start unless the id is already taken (by anyone); either way returns what is
   * stored under the id, so a retried start never makes a second session.
   */
  createIfAbsent(
    session: NewPracticeSession,
    now: Date,
  ): Promise<{ created: boolean; stored: StoredSession }>;
  /** Only if it belongs to this person: a session id alone never reaches another's record. */
  findForPerson(personId: string, id: string): Promise<StoredSession | undefined>;
  /**
   * Stores the log (steps and after) in one transaction, once: false, writing nothing, if the
   * session is absent, another person's, or already logged.
   */
  putLog(personId: string, id: string, log: SessionLog, now: Date): Promise<boolean>;
  /**
   * Stores the next-day check, once: false, writing nothing, if the session is absent, not logged
   * yet, or already has its check (a later answer never erases a reported swelling).
   */
  putNextDay(personId: string, id: string, nextDay: NextDay, now: Date): Promise<boolean>;
  /** The person's sessions, oldest first, optionally of one check-in. */
  listForPerson(personId: string, checkInId?: string): Promise<StoredSession[]>;
  /** Every session of the person, oldest first, for their data export. */
  allForPerson(personId: string): Promise<StoredSession[]>;
}

/** Client times are stored in one form (UTC, milliseconds), so a retry compares equal. */
export const utc = (time: string): string => new Date(time).toISOString();

type SessionRow = Selectable<PracticeSessionsTable>;
type StepRow = Selectable<SessionStepLogsTable>;
interface AfterJson {
  bruising: string[];
  swelling: string[];
  note: string;
}

const stepLogOf = (r: StepRow): StepLog => ({
  stepId: r.step_id,
  side: r.side,
  heldSeconds: r.held_seconds,
  // SQLite gives 1/0, PostgreSQL booleans.
  released: r.released === null ? null : Boolean(r.released),
  ...(r.tenderness === null ? {} : { tenderness: r.tenderness }),
  skipped: Boolean(r.skipped),
});

function logOf(r: SessionRow, steps: StepRow[]): SessionLog | undefined {
  if (r.ended_at === null || r.after === null) return undefined;
  const extra = JSON.parse(r.after) as AfterJson;
  const after: After = {
    nrs: r.after_nrs ?? 0,
    soreness: r.soreness ?? 0,
    bruising: extra.bruising,
    swelling: extra.swelling,
    pressure: r.pressure_feel ?? 'about-right',
    note: extra.note,
  };
  return { endedAt: toDate(r.ended_at).toISOString(), steps: steps.map(stepLogOf), after };
}

function toSession(r: SessionRow, steps: StepRow[]): StoredSession {
  const log = logOf(r, steps);
  return {
    id: r.id,
    checkInId: r.check_in_id,
    startedAt: toDate(r.started_at).toISOString(),
    beforeNrs: r.before_nrs,
    plannedSeconds: r.planned_seconds,
    pressureTarget: r.pressure_target,
    steps: JSON.parse(r.steps) as SessionStart['steps'],
    ...(log ? { log } : {}),
    ...(r.next_day === null ? {} : { nextDay: JSON.parse(r.next_day) as NextDay }),
    clinicId: r.clinic_id,
    personId: r.person_id,
    createdBy: r.created_by,
    receivedAt: toDate(r.received_at),
    ...(r.logged_at === null ? {} : { loggedAt: toDate(r.logged_at) }),
    ...(r.next_day_at === null ? {} : { nextDayAt: toDate(r.next_day_at) }),
  };
}

export function createPracticeSessionRepository(db: Kysely<Database>): PracticeSessionRepository {
  // better-sqlite3 cannot bind a boolean; PostgreSQL wants one.
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const bool = (b: boolean): boolean | number => (sqlite ? Number(b) : b);
  /** Already inside a transaction (repositories made by inTransaction): no nested one. */
  const atomically = <T>(work: (trx: Kysely<Database>) => Promise<T>): Promise<T> =>
    db.isTransaction ? work(db) : db.transaction().execute(work);

  const sessions = (personId: string, checkInId?: string) => {
    let q = db.selectFrom('practice_sessions').where('person_id', '=', personId);
    if (checkInId !== undefined) q = q.where('check_in_id', '=', checkInId);
    return q;
  };

  /** Rows with their step logs: two queries, whatever the number of sessions. */
  async function load(personId: string, checkInId?: string, id?: string) {
    let q = sessions(personId, checkInId);
    if (id !== undefined) q = q.where('id', '=', id);
    const rows = await q.selectAll().orderBy('started_at').orderBy('id').execute();
    if (rows.length === 0) return [];
    const logs = await db
      .selectFrom('session_step_logs')
      .selectAll()
      .where('session_id', 'in', q.select('id'))
      .orderBy('session_id')
      .orderBy('position')
      .execute();
    const bySession = new Map<string, StepRow[]>();
    for (const l of logs) {
      const list = bySession.get(l.session_id);
      if (list) list.push(l);
      else bySession.set(l.session_id, [l]);
    }
    return rows.map((r) => toSession(r, bySession.get(r.id) ?? []));
  }

  return {
    async createIfAbsent(s, now) {
      const { start } = s;
      const result = await db
        .insertInto('practice_sessions')
        .values({
          id: s.id,
          clinic_id: s.clinicId,
          person_id: s.personId,
          check_in_id: start.checkInId,
          created_by: s.createdBy,
          received_at: now.toISOString(),
          started_at: utc(start.startedAt),
          before_nrs: start.beforeNrs,
          planned_seconds: start.plannedSeconds,
          pressure_target: start.pressureTarget,
          steps: JSON.stringify(start.steps),
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .executeTakeFirst();
      const owner = await db
        .selectFrom('practice_sessions')
        .select('person_id')
        .where('id', '=', s.id)
        .executeTakeFirstOrThrow();
      const [stored] = await load(owner.person_id, undefined, s.id);
      if (!stored) throw new Error(`session ${s.id} vanished while it was being stored`);
      return { created: Number(result.numInsertedOrUpdatedRows ?? 0) > 0, stored };
    },

    async findForPerson(personId, id) {
      if (!isId(personId) || !isId(id)) return undefined;
      return (await load(personId, undefined, id))[0];
    },

    putLog(personId, id, log, now) {
      if (!isId(personId) || !isId(id)) return Promise.resolve(false);
      return atomically(async (trx) => {
        const after: AfterJson = {
          bruising: log.after.bruising,
          swelling: log.after.swelling,
          note: log.after.note,
        };
        const updated = await trx
          .updateTable('practice_sessions')
          .set({
            ended_at: utc(log.endedAt),
            after_nrs: log.after.nrs,
            soreness: log.after.soreness,
            pressure_feel: log.after.pressure,
            after: JSON.stringify(after),
            logged_at: now.toISOString(),
          })
          .where('id', '=', id)
          .where('person_id', '=', personId)
          // Write-once: a second log would erase the bruising or swelling the first reported.
          .where('logged_at', 'is', null)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 0) return false;
        if (log.steps.length > 0) {
          await trx
            .insertInto('session_step_logs')
            .values(
              log.steps.map((step, position) => ({
                session_id: id,
                position,
                step_id: step.stepId,
                side: step.side,
                held_seconds: step.heldSeconds,
                released: step.released === null ? null : bool(step.released),
                tenderness: step.tenderness ?? null,
                skipped: bool(step.skipped),
              })),
            )
            .execute();
        }
        return true;
      });
    },

    async putNextDay(personId, id, nextDay, now) {
      if (!isId(personId) || !isId(id)) return false;
      const updated = await db
        .updateTable('practice_sessions')
        .set({
          next_day: JSON.stringify({ ...nextDay, at: utc(nextDay.at) }),
          next_day_at: now.toISOString(),
        })
        .where('id', '=', id)
        .where('person_id', '=', personId)
        .where('logged_at', 'is not', null)
        .where('next_day', 'is', null)
        .executeTakeFirst();
      return Number(updated.numUpdatedRows) > 0;
    },

    async listForPerson(personId, checkInId) {
      if (!isId(personId) || (checkInId !== undefined && !isId(checkInId))) return [];
      return load(personId, checkInId);
    },

    allForPerson(personId) {
      if (!isId(personId)) return Promise.resolve([]);
      return load(personId);
    },
  };
}
