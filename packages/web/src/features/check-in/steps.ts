import {
  PAIN_REGION_BY_ID,
  RED_FLAGS,
  legPainContradiction,
  type FieldIssue,
} from '@acupress/core';
import { minutesValue, type Draft } from './draft';
import type { FieldError } from '../../components/error-summary';

// The six screens of the check-in, what each must have before the next, and where a field that
// core refuses is asked.

export type StepId = 'where' | 'safety' | 'about' | 'how' | 'tender' | 'session';

export interface StepInfo {
  id: StepId;
  /** Short name, in the progress indicator and the document title. */
  name: string;
  /** The screen's h1. */
  title: string;
  optional: boolean;
}

export const STEPS: readonly StepInfo[] = [
  { id: 'where', name: 'Where it hurts', title: 'Where does it hurt?', optional: false },
  { id: 'safety', name: 'Safety questions', title: 'Safety questions', optional: false },
  { id: 'about', name: 'About you', title: 'About you', optional: false },
  { id: 'how', name: 'How you are', title: 'How you are', optional: true },
  { id: 'tender', name: 'Tender spots', title: 'Tender spots', optional: true },
  { id: 'session', name: 'Your session', title: 'Your session', optional: false },
];

export const stepNumber = (id: StepId): number => STEPS.findIndex((s) => s.id === id) + 1;

export const regionLabel = (id: string): string => PAIN_REGION_BY_ID.get(id)?.label ?? id;

export const flagFieldId = (id: string): string => `flag-${id}`;
export const qualityFieldId = (region: string): string => `quality-${region}`;

function whereErrors(d: Draft): FieldError[] {
  const out: FieldError[] = [];
  if (d.pain.length === 0 && d.ashi.length === 0) {
    out.push({
      id: 'pain-map',
      label: 'Where it hurts',
      message: 'Mark at least one area where it hurts.',
    });
  }
  for (const m of d.pain) {
    if (!m.quality) {
      out.push({
        id: qualityFieldId(m.region),
        label: regionLabel(m.region),
        message: 'Choose what the pain feels like.',
      });
    }
  }
  if (!d.radiationSide) {
    out.push({
      id: 'radiation',
      label: 'Pain down a leg',
      message: 'Say whether the pain spreads down a leg.',
    });
  } else if (d.radiationSide !== 'none' && !d.radiationExtent) {
    out.push({
      id: 'radiation-extent',
      label: 'How far down the leg',
      message: 'Say whether it goes below the knee.',
    });
  }
  if (d.radiationSide && legPainsDisagree(d)) {
    out.push({
      id: LEG_PAIN_ID,
      label: 'Pain in both legs',
      message: 'Say whether the pain in your legs comes from your back.',
    });
  }
  if (!d.duration) {
    out.push({ id: 'duration', label: 'How long', message: 'Say how long you have had it.' });
  }
  if (!d.onset) out.push({ id: 'onset', label: 'How it started', message: 'Say how it started.' });
  return out;
}

export const LEG_PAIN_ID = 'leg-pain';

/** Both legs marked, but the pain not said to spread down both: core's rule, asked in step 1. */
export const legPainsDisagree = (d: Draft): boolean =>
  legPainContradiction(d.pain, {
    side: d.radiationSide || 'none',
    separateLegPain: d.separateLegPain,
  });

function safetyErrors(d: Draft): FieldError[] {
  return RED_FLAGS.flatMap((f, i) =>
    d.redFlags[f.id] === undefined
      ? [
          {
            id: flagFieldId(f.id),
            label: f.question,
            message: 'Answer yes or no.',
            short: String(i + 1),
          },
        ]
      : [],
  );
}

function aboutErrors(d: Draft): FieldError[] {
  const out: FieldError[] = [];
  if (!d.pregnancy)
    out.push({ id: 'pregnancy', label: 'Pregnancy', message: 'Choose one answer.' });
  if (d.bleedingRisk === null)
    out.push({ id: 'bleeding', label: 'Blood thinners or bleeding', message: 'Answer yes or no.' });
  if (d.boneFragility === null)
    out.push({ id: 'bones', label: 'Osteoporosis or steroids', message: 'Answer yes or no.' });
  if (d.fragileSkin === null)
    out.push({ id: 'fragile-skin', label: 'Fragile skin', message: 'Answer yes or no.' });
  if (d.anySites === null)
    out.push({ id: 'any-sites', label: 'Places not to press', message: 'Answer yes or no.' });
  if (d.anySites === true && d.sites.length === 0)
    out.push({
      id: 'any-sites',
      label: 'Places not to press',
      message: 'Add each place not to press, or answer No.',
    });
  if (d.anySites !== true) return out;
  d.sites.forEach((s, i) => {
    const place = `Place ${i + 1}`;
    if (!s.kind) out.push({ id: `site-${i}-kind`, label: place, message: 'Choose what it is.' });
    if (!s.region)
      out.push({ id: `site-${i}-region`, label: place, message: 'Choose where it is.' });
    if (!s.side) out.push({ id: `site-${i}-side`, label: place, message: 'Choose the side.' });
  });
  return out;
}

function howErrors(d: Draft): FieldError[] {
  const out: FieldError[] = [];
  const peg = Object.values(d.peg).filter((v) => v !== null).length;
  if (peg > 0 && peg < 3) {
    out.push({
      id: 'peg',
      label: 'The past week',
      message: 'Answer all three questions about the past week, or clear them.',
    });
  }
  const sb = d.startBackAgree.filter((v) => v !== null).length + (d.startBackBother ? 1 : 0);
  if (sb > 0 && sb < 9) {
    out.push({
      id: 'start-back',
      label: 'The last 2 weeks',
      message: 'Answer all nine questions about the last 2 weeks, or skip this step.',
    });
  }
  return out;
}

function sessionErrors(d: Draft): FieldError[] {
  const m = minutesValue(d.minutes);
  if (typeof m !== 'number' || m < 5 || m > 120) {
    return [
      {
        id: 'minutes',
        label: 'Minutes you have',
        message: 'Enter whole minutes from 5 to 120.',
      },
    ];
  }
  return [];
}

export function stepErrors(id: StepId, d: Draft): FieldError[] {
  switch (id) {
    case 'where':
      return whereErrors(d);
    case 'safety':
      return safetyErrors(d);
    case 'about':
      return aboutErrors(d);
    case 'how':
      return howErrors(d);
    case 'tender':
      return [];
    case 'session':
      return sessionErrors(d);
  }
}

/** The first step, up to `upTo`, that still has something to answer before moving on. */
export function firstIncomplete(d: Draft, upTo: number): number {
  for (let n = 1; n < upTo; n++) {
    const step = STEPS[n - 1]!;
    if (!step.optional && stepErrors(step.id, d).length > 0) return n;
  }
  return upTo;
}

/** Where core's field (`pain.0.quality`, `profile.sites.1.side`) is asked in the check-in. */
export function issueToField(issue: FieldIssue, d: Draft): { step: StepId; error: FieldError } {
  const parts = issue.field.split('.');
  const [head, second, third] = parts;
  const message = issue.message;
  const make = (step: StepId, id: string, label: string) => ({
    step,
    error: { id, label, message },
  });
  switch (head) {
    case 'pain': {
      const mark = second !== undefined ? d.pain[Number(second)] : undefined;
      return mark
        ? make('where', qualityFieldId(mark.region), regionLabel(mark.region))
        : make('where', 'pain-map', 'Where it hurts');
    }
    case 'radiation':
      if (second === 'extent') return make('where', 'radiation-extent', 'How far down the leg');
      if (second === 'separateLegPain' || legPainsDisagree(d))
        return make('where', LEG_PAIN_ID, 'Pain in both legs');
      return make('where', 'radiation', 'Pain down a leg');
    case 'duration':
      return make('where', 'duration', 'How long');
    case 'onset':
      return make('where', 'onset', 'How it started');
    case 'redFlags': {
      const flag = RED_FLAGS.find((f) => f.id === second);
      return make('safety', flagFieldId(second ?? ''), flag?.question ?? 'Safety questions');
    }
    case 'profile':
      if (second === 'sites' && third !== undefined) {
        const field = parts[3] === 'region' ? 'region' : parts[3] === 'side' ? 'side' : 'kind';
        return make('about', `site-${third}-${field}`, `Place ${Number(third) + 1}`);
      }
      if (second === 'sites') return make('about', 'any-sites', 'Places not to press');
      if (second === 'fragileSkin') return make('about', 'fragile-skin', 'Fragile skin');
      return second === 'bleedingRisk'
        ? make('about', 'bleeding', 'Blood thinners or bleeding')
        : second === 'boneFragility'
          ? make('about', 'bones', 'Osteoporosis or steroids')
          : make('about', 'pregnancy', 'Pregnancy');
    case 'questionnaires':
      return make('how', 'nrs', 'How you are');
    case 'ashi':
      return make('tender', 'tender-list', 'Tender spots');
    default:
      return make('session', second === 'minutes' ? 'minutes' : 'mode', 'Your session');
  }
}
