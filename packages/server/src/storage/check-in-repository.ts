import type { Assessment, PlanOutcome } from '@acupress/core';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { isId, newId } from './ids.js';
import { toDate } from './meta-repository.js';

/** One row of a person's check-in list. */
export interface CheckInSummary {
  id: string;
  createdAt: Date;
  outcomeKind: PlanOutcome['kind'];
}

/** A saved check-in: the assessment and the plan or referral made from it. */
export interface CheckIn extends CheckInSummary {
  clinicId: string;
  personId: string;
  createdBy: string | null;
  assessment: Assessment;
  outcome: PlanOutcome;
}

export interface NewCheckIn {
  clinicId: string;
  personId: string;
  createdBy: string;
  assessment: Assessment;
  outcome: PlanOutcome;
}

export interface CheckInRepository {
  create(checkIn: NewCheckIn, now: Date): Promise<CheckIn>;
  /** The person's check-ins, newest first. */
  listForPerson(personId: string): Promise<CheckInSummary[]>;
  /** Only if it belongs to this person: a record id alone never reaches another's record. */
  findForPerson(personId: string, id: string): Promise<CheckIn | undefined>;
  /** Every check-in of the person, oldest first, for their data export. */
  allForPerson(personId: string): Promise<CheckIn[]>;
}

export function createCheckInRepository(db: Kysely<Database>): CheckInRepository {
  const full = () => db.selectFrom('check_ins').selectAll();
  type Row = Awaited<ReturnType<ReturnType<typeof full>['executeTakeFirstOrThrow']>>;
  const toCheckIn = (r: Row): CheckIn => ({
    id: r.id,
    clinicId: r.clinic_id,
    personId: r.person_id,
    createdBy: r.created_by,
    createdAt: toDate(r.created_at),
    outcomeKind: r.outcome_kind,
    assessment: JSON.parse(r.assessment) as Assessment,
    outcome: JSON.parse(r.outcome) as PlanOutcome,
  });

  return {
    async create(c, now) {
      const id = newId();
      await db
        .insertInto('check_ins')
        .values({
          id,
          clinic_id: c.clinicId,
          person_id: c.personId,
          created_by: c.createdBy,
          created_at: now.toISOString(),
          assessment: JSON.stringify(c.assessment),
          outcome: JSON.stringify(c.outcome),
          outcome_kind: c.outcome.kind,
        })
        .execute();
      return { ...c, id, createdAt: now, outcomeKind: c.outcome.kind };
    },

    async listForPerson(personId) {
      const rows = await db
        .selectFrom('check_ins')
        .select(['id', 'created_at', 'outcome_kind'])
        .where('person_id', '=', personId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        createdAt: toDate(r.created_at),
        outcomeKind: r.outcome_kind,
      }));
    },

    async findForPerson(personId, id) {
      if (!isId(personId) || !isId(id)) return undefined;
      const row = await full()
        .where('person_id', '=', personId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toCheckIn(row);
    },

    async allForPerson(personId) {
      const rows = await full()
        .where('person_id', '=', personId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toCheckIn);
    },
  };
}
