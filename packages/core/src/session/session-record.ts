import { z } from 'zod';
import { strictObject } from '../strict-object.js';

// What a guided session leaves behind: its start (the plan it ran, the pain before), its log
// (per point and side: time pressed, whether the knot eased, tenderness; after: pain, soreness,
// bruising, swelling, how the pressure felt, a note) and the next day's short check. The schemas
// are the single definition, shared by the session player (offline), the HTTP API, OpenAPI and
// the care rules. Ids are made by the client (a UUID) so a session recorded offline can be sent
// again and again without making a second one. Every object, at every level, refuses keys it does
// not know (strictObject): a misspelt answer is a 400 naming it, never silently dropped.

const whole = (min: number, max: number, what: string) =>
  z.number().int('must be a whole number').min(min, `must be ${what}`).max(max, `must be ${what}`);

/** Pain on the 0–10 numeric rating scale, before and after every session (docs/clinical-sources.md). */
export const nrsSchema = whole(0, 10, '0 to 10');
/** 0 none, 1 mild, 2 moderate, 3 strong: tenderness at a point and soreness after a session. */
export const severity03Schema = whole(0, 3, '0 (none) to 3 (strong)');
/** Seconds of pressing: never negative; an hour is far beyond any plan. */
export const secondsSchema = whole(0, 3600, 'between 0 and 3600 seconds');

export const isoTimeSchema = z.iso.datetime({
  offset: true,
  message: 'must be a date and time in ISO 8601, e.g. 2026-11-25T08:30:00Z',
});

export const sessionSideSchema = z.enum(['left', 'right', 'midline']);

/** A plan step's id: its atlas id (`BL23`, `EX-B2-L4`) or `ashi-<n>` for a tender spot. */
export const stepIdSchema = z
  .string()
  .max(40)
  .regex(/^(?:[A-Z0-9]+(?:-[A-Z0-9]+)*|ashi-[1-9][0-9]?)$/, 'must be a point id or ashi-<n>');

/** Where on the body: one side of one step, `BL23:left`, `ashi-1:midline`. */
export const siteKeySchema = z
  .string()
  .max(48)
  .regex(
    /^(?:[A-Z0-9]+(?:-[A-Z0-9]+)*|ashi-[1-9][0-9]?):(?:left|right|midline)$/,
    'must name a pressed site as <step id>:<left|right|midline>',
  );

export const siteKey = (stepId: string, side: z.infer<typeof sessionSideSchema>): string =>
  `${stepId}:${side}`;

const sitesSchema = z.array(siteKeySchema).max(120).default([]);

/** What the session set out to do, sent when it starts. */
export const sessionStartSchema = strictObject({
  /** The saved check-in whose plan this session follows. */
  checkInId: z.uuid('must be a check-in id'),
  startedAt: isoTimeSchema,
  beforeNrs: nrsSchema,
  /** Time the plan asked for: pressing only, both sides counted. */
  plannedSeconds: whole(0, 14400, 'between 0 and 14400 seconds'),
  pressureTarget: whole(0, 10, '0 to 10'),
  steps: z
    .array(
      strictObject({
        stepId: stepIdSchema,
        label: z.string().min(1).max(120),
        sides: z.array(sessionSideSchema).min(1).max(2),
      }),
    )
    .max(60),
});

/** One side of one step, as it went. */
export const stepLogSchema = strictObject({
  stepId: stepIdSchema,
  side: sessionSideSchema,
  heldSeconds: secondsSchema,
  /** Whether the knot eased; null when the check was never reached (skipped, stopped early). */
  released: z.boolean().nullable(),
  tenderness: severity03Schema.optional(),
  skipped: z.boolean(),
});

export const pressureFeelSchema = z.enum(['too-light', 'about-right', 'too-much']);

/** How it was afterwards. */
export const afterSchema = strictObject({
  nrs: nrsSchema,
  soreness: severity03Schema,
  bruising: sitesSchema,
  swelling: sitesSchema,
  pressure: pressureFeelSchema,
  note: z.string().max(2000).default(''),
});

/** The session's log, sent when it ends (again, unchanged, if the first answer never arrived). */
export const sessionLogSchema = strictObject({
  endedAt: isoTimeSchema,
  steps: z.array(stepLogSchema).max(120),
  after: afterSchema,
});

/** The short check the day after a session. */
export const nextDaySchema = strictObject({
  at: isoTimeSchema,
  nrs: nrsSchema,
  soreness: severity03Schema,
  bruising: sitesSchema,
  swelling: sitesSchema,
});

export type SessionStart = z.infer<typeof sessionStartSchema>;
export type StepLog = z.infer<typeof stepLogSchema>;
export type After = z.infer<typeof afterSchema>;
export type PressureFeel = z.infer<typeof pressureFeelSchema>;
export type SessionLog = z.infer<typeof sessionLogSchema>;
export type NextDay = z.infer<typeof nextDaySchema>;

/** A stored session: its start, and its log and next-day check once they exist. */
export interface SessionRecord extends SessionStart {
  id: string;
  log?: SessionLog;
  nextDay?: NextDay;
}
