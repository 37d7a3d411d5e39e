import {
  PAIN_REGION_IDS,
  RED_FLAG_IDS,
  SITE_AREAS,
  SITE_KINDS,
  TEMPLATES,
  TEMPLATE_IDS,
  onTheBody,
  referralFlags,
  type AssessmentInput,
  type RedFlagId,
  type ReferralAnswers,
  type ReferralFlagId,
  type SiteProblem,
  type StartBackBother,
  type TemplateId,
} from '@acupress/core';

// The check-in's answers while they are being given: like an assessment, but every answer may
// still be missing. Nothing here is clinical; the wording and the rules stay in core.

export type PainQuality = 'aching' | 'sharp' | 'burning' | 'shooting' | 'numb-tingling';
export type RadiationSide = 'none' | 'left' | 'right' | 'both';
export type RadiationExtent = 'above-knee' | 'below-knee';
export type Duration = 'acute' | 'subacute' | 'chronic';
export type Onset = 'sudden-strain' | 'gradual';
export type Pregnancy = 'no' | 'yes' | 'unsure';
export type Mode = 'self-care' | 'practitioner';
export type Sides = 'both' | 'left' | 'right';

export interface PainDraft {
  region: string;
  intensity: number;
  quality: PainQuality | '';
}

export interface SiteDraft {
  kind: SiteProblem['kind'] | '';
  region: SiteProblem['region'] | '';
  side: SiteProblem['side'] | '';
}

export type LimbSide = 'left' | 'right' | 'both';

export interface AshiDraft {
  template: TemplateId;
  x: number;
  y: number;
  /** On a drawing of one limb: which one (or both). */
  side?: LimbSide;
}

export type PegKey = 'pain' | 'enjoyment' | 'activity';

export interface Draft {
  pain: PainDraft[];
  radiationSide: RadiationSide | '';
  radiationExtent: RadiationExtent | '';
  /** Pain marked on both legs that does not come from the back (the person's answer). */
  separateLegPain: boolean;
  duration: Duration | '';
  onset: Onset | '';
  redFlags: Partial<Record<RedFlagId, boolean>>;
  pregnancy: Pregnancy | '';
  bleedingRisk: boolean | null;
  boneFragility: boolean | null;
  fragileSkin: boolean | null;
  /** Whether there is any place not to press; the places are asked when yes. */
  anySites: boolean | null;
  sites: SiteDraft[];
  nrs: number | null;
  peg: Record<PegKey, number | null>;
  /** STarT Back items 1–8: true for "agree". */
  startBackAgree: (boolean | null)[];
  startBackBother: StartBackBother | '';
  ashi: AshiDraft[];
  mode: Mode;
  /** As typed: validated when the plan is made. */
  minutes: string;
  sides: Sides;
}

/** A new region's starting intensity: the middle of the scale, shown and changed by the person. */
export const START_INTENSITY = 5;
export const MAX_ASHI = 20;
export const MAX_SITES = 30;

export function emptyDraft(): Draft {
  return {
    pain: [],
    radiationSide: '',
    radiationExtent: '',
    separateLegPain: false,
    duration: '',
    onset: '',
    redFlags: {},
    pregnancy: '',
    bleedingRisk: null,
    boneFragility: null,
    fragileSkin: null,
    anySites: null,
    sites: [],
    nrs: null,
    peg: { pain: null, enjoyment: null, activity: null },
    startBackAgree: Array<boolean | null>(8).fill(null),
    startBackBother: '',
    ashi: [],
    mode: 'self-care',
    minutes: '20',
    sides: 'both',
  };
}

export const QUALITIES: readonly PainQuality[] = [
  'aching',
  'sharp',
  'burning',
  'shooting',
  'numb-tingling',
];
const RADIATION_SIDES: readonly RadiationSide[] = ['none', 'left', 'right', 'both'];
const EXTENTS: readonly RadiationExtent[] = ['above-knee', 'below-knee'];
const DURATIONS: readonly Duration[] = ['acute', 'subacute', 'chronic'];
const ONSETS: readonly Onset[] = ['sudden-strain', 'gradual'];
const PREGNANCY: readonly Pregnancy[] = ['no', 'yes', 'unsure'];
const MODES: readonly Mode[] = ['self-care', 'practitioner'];
const SIDES: readonly Sides[] = ['both', 'left', 'right'];
export { SITE_KINDS };
export const SITE_SIDES: readonly SiteProblem['side'][] = ['left', 'right', 'both', 'midline'];
export const SITE_REGIONS: readonly SiteProblem['region'][] = SITE_AREAS;
const LIMB_SIDES: readonly LimbSide[] = ['left', 'right', 'both'];
const BOTHER: readonly StartBackBother[] = [
  'not-at-all',
  'slightly',
  'moderately',
  'very-much',
  'extremely',
];

// --- Reading back what was stored: every field is checked, anything odd is dropped. ----------

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const oneOf = <T extends string>(v: unknown, allowed: readonly T[]): T | '' =>
  typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : '';
const score = (v: unknown): number | null =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 10 ? v : null;
const bool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);

function readPain(v: unknown): PainDraft[] {
  if (!Array.isArray(v)) return [];
  const seen = new Set<string>();
  const out: PainDraft[] = [];
  for (const m of v) {
    if (!isObject(m)) continue;
    const region = oneOf(m.region, PAIN_REGION_IDS);
    const intensity = score(m.intensity);
    if (!region || intensity === null || seen.has(region)) continue;
    seen.add(region);
    out.push({ region, intensity, quality: oneOf(m.quality, QUALITIES) });
  }
  return out;
}

function readSites(v: unknown): SiteDraft[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter(isObject)
    .slice(0, MAX_SITES)
    .map((s) => ({
      kind: oneOf(s.kind, SITE_KINDS),
      region: oneOf(s.region, SITE_REGIONS),
      side: oneOf(s.side, SITE_SIDES),
    }));
}

function readAshi(v: unknown): AshiDraft[] {
  if (!Array.isArray(v)) return [];
  const out: AshiDraft[] = [];
  for (const m of v.filter(isObject)) {
    // Spots stored before other drawings were offered are on the back of the body.
    const template = m.template === undefined ? 'posterior' : oneOf(m.template, TEMPLATE_IDS);
    if (!template || typeof m.x !== 'number' || typeof m.y !== 'number') continue;
    if (!onTheBody(template, m.x, m.y)) continue;
    const limb = TEMPLATES[template].frame.kind === 'limb';
    const side = oneOf(m.side, LIMB_SIDES);
    if (limb && !side) continue;
    out.push({ template, x: m.x, y: m.y, ...(limb ? { side: side as LimbSide } : {}) });
  }
  return out.slice(0, MAX_ASHI);
}

/** A draft from stored JSON; a field that does not fit its shape is left unanswered. */
export function readDraft(data: unknown): Draft {
  const d = emptyDraft();
  if (!isObject(data)) return d;
  d.pain = readPain(data.pain);
  d.radiationSide = oneOf(data.radiationSide, RADIATION_SIDES);
  d.radiationExtent = oneOf(data.radiationExtent, EXTENTS);
  d.separateLegPain = data.separateLegPain === true;
  d.duration = oneOf(data.duration, DURATIONS);
  d.onset = oneOf(data.onset, ONSETS);
  if (isObject(data.redFlags)) {
    for (const id of RED_FLAG_IDS) {
      const answer = Object.hasOwn(data.redFlags, id) ? bool(data.redFlags[id]) : null;
      if (answer !== null) d.redFlags[id] = answer;
    }
  }
  d.pregnancy = oneOf(data.pregnancy, PREGNANCY);
  d.bleedingRisk = bool(data.bleedingRisk);
  d.boneFragility = bool(data.boneFragility);
  d.fragileSkin = bool(data.fragileSkin);
  d.sites = readSites(data.sites);
  d.anySites = d.sites.length > 0 ? true : bool(data.anySites);
  d.nrs = score(data.nrs);
  if (isObject(data.peg)) {
    d.peg = {
      pain: score(data.peg.pain),
      enjoyment: score(data.peg.enjoyment),
      activity: score(data.peg.activity),
    };
  }
  if (Array.isArray(data.startBackAgree) && data.startBackAgree.length === 8) {
    d.startBackAgree = data.startBackAgree.map(bool);
  }
  d.startBackBother = oneOf(data.startBackBother, BOTHER);
  d.ashi = readAshi(data.ashi);
  d.mode = oneOf(data.mode, MODES) || 'self-care';
  if (typeof data.minutes === 'string' && data.minutes.length <= 10) d.minutes = data.minutes;
  d.sides = oneOf(data.sides, SIDES) || 'both';
  return d;
}

// --- From the draft to the assessment core validates. ----------------------------------------

/** The sites answered in full so far (a half-filled row is not yet a site). */
function completeSites(d: Draft): SiteProblem[] {
  if (d.anySites !== true) return [];
  return d.sites.flatMap((s) =>
    s.kind && s.region && s.side ? [{ kind: s.kind, region: s.region, side: s.side }] : [],
  );
}

/**
 * The answers given so far, as core reads red flags from them. Without `withProfile` the answers
 * of the "About you" step are left out: the safety step's referral is made from the first two.
 */
export function referralAnswers(d: Draft, withProfile = true): ReferralAnswers {
  return {
    pain: d.pain.flatMap((m) =>
      m.quality ? [{ region: m.region, intensity: m.intensity, quality: m.quality }] : [],
    ),
    redFlags: d.redFlags,
    ...(d.radiationSide
      ? {
          radiation: {
            side: d.radiationSide,
            ...(d.radiationExtent ? { extent: d.radiationExtent } : {}),
          },
        }
      : {}),
    ...(d.duration ? { duration: d.duration } : {}),
    ...(d.onset ? { onset: d.onset } : {}),
    ...(withProfile
      ? {
          profile: {
            ...(d.boneFragility !== null ? { boneFragility: d.boneFragility } : {}),
            sites: completeSites(d),
          },
        }
      : {}),
    ...(d.nrs !== null ? { nrs: d.nrs } : {}),
  };
}

/** The red flags the answers raise so far: core decides, including those other answers imply. */
export function positiveFlags(d: Draft, withProfile = true): ReferralFlagId[] {
  return referralFlags(referralAnswers(d, withProfile));
}

export function pegComplete(
  d: Draft,
): { pain: number; enjoyment: number; activity: number } | null {
  const { pain, enjoyment, activity } = d.peg;
  return pain !== null && enjoyment !== null && activity !== null
    ? { pain, enjoyment, activity }
    : null;
}

type Agree8 = [boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean];

export function startBackComplete(d: Draft): { agree: Agree8; bother: StartBackBother } | null {
  if (!d.startBackBother || d.startBackAgree.some((a) => a === null)) return null;
  return { agree: d.startBackAgree as Agree8, bother: d.startBackBother };
}

/** Whole minutes as typed ("20", " 25 "); anything else is passed on for core to refuse. */
export function minutesValue(text: string): number | string {
  const t = text.trim();
  return /^\d{1,4}$/.test(t) ? Number(t) : t;
}

/**
 * The assessment as core's schema expects it. Unanswered questions are left out or empty, so
 * that core refuses them with the field named: an unanswered red flag is never sent as "no".
 * Optional questionnaires are sent only when complete.
 */
export function toAssessmentInput(d: Draft): unknown {
  const redFlags: Record<string, boolean> = {};
  for (const id of RED_FLAG_IDS) {
    const answer = d.redFlags[id];
    if (answer !== undefined) redFlags[id] = answer;
  }
  const peg = pegComplete(d);
  const startBack = startBackComplete(d);
  const input: Record<string, unknown> = {
    pain: d.pain.map((m) => ({ region: m.region, intensity: m.intensity, quality: m.quality })),
    radiation: {
      side: d.radiationSide || undefined,
      ...(d.radiationSide && d.radiationSide !== 'none'
        ? { extent: d.radiationExtent || undefined }
        : {}),
      ...(d.separateLegPain ? { separateLegPain: true } : {}),
    },
    duration: d.duration || undefined,
    onset: d.onset || undefined,
    redFlags,
    profile: {
      pregnancy: d.pregnancy || undefined,
      bleedingRisk: d.bleedingRisk ?? undefined,
      boneFragility: d.boneFragility ?? undefined,
      fragileSkin: d.fragileSkin ?? undefined,
      sites: (d.anySites === true ? d.sites : []).map((s) => ({
        kind: s.kind || undefined,
        region: s.region || undefined,
        side: s.side || undefined,
      })),
    },
    questionnaires: {
      ...(d.nrs !== null ? { nrs: d.nrs } : {}),
      ...(peg ? { peg } : {}),
      ...(startBack ? { startBack } : {}),
    },
    ashi: d.ashi.map((m) => ({
      template: m.template,
      x: m.x,
      y: m.y,
      ...(m.side ? { side: m.side } : {}),
    })),
    preferences: { mode: d.mode, minutes: minutesValue(d.minutes), sides: d.sides },
  };
  return input satisfies Partial<Record<keyof AssessmentInput, unknown>>;
}
