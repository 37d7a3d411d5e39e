import type { PlanOutcome } from './plan-types.js';

// The safety rules of issue 9 as rows for the edges: each row changes the documented example
// assessment (docs/examples/assessment.json, as JSON) and says what `POST /api/plans/preview` and
// `acupress plan` must answer, with the source of the expected value
// (docs/clinical-sources.md sections). The engine's own tables are place-safety.test.ts and
// referral.test.ts; these rows prove the same rules hold through the HTTP API and the CLI.

type Json = Record<string, unknown>;
/** A nested object of the assessment JSON, to change in place. */
const part = (a: Json, key: string): Json => a[key] as Json;

export interface EdgeRow {
  name: string;
  source: string;
  patch: (a: Json) => void;
  /** A 400 (exit 2) naming this field. */
  invalid?: string;
  /** A referral of this urgency (exit 3). */
  referral?: 'emergency' | 'same-day' | 'urgent' | 'soon';
  /** Ids left out with a safety decision. */
  safety?: string[];
  /** Ids left out because of how and where the person presses. */
  how?: string[];
  check?: (out: PlanOutcome) => void;
}

const spot = (a: Json, mark: Json) =>
  void (a.ashi = [...((a.ashi as Json[] | undefined) ?? []), mark]);
const siteAt = (a: Json, kind: string, region: string, side: string) => {
  const profile = part(a, 'profile');
  profile.sites = [...((profile.sites as Json[] | undefined) ?? []), { kind, region, side }];
};

export const EDGE_ROWS: EdgeRow[] = [
  {
    name: 'pregnant, a tender spot on LI4',
    source: '#pregnancy LI4; a tender spot inherits the cautions within about 1 cun',
    patch: (a) => {
      part(a, 'profile').pregnancy = 'yes';
      spot(a, { template: 'dorsal-hand', x: 136, y: 198, side: 'left' });
    },
    safety: ['ashi-1'],
  },
  {
    name: 'unsure whether pregnant, a tender spot on the belly',
    source: '#pregnancy: no tender spot on the abdomen',
    patch: (a) => {
      part(a, 'profile').pregnancy = 'unsure';
      spot(a, { template: 'anterior', x: 130, y: 260 });
    },
    safety: ['ashi-1'],
  },
  {
    name: 'pregnant with an acute sprain: Yaotongdian near LI4',
    source: '#pregnancy LI4 (CAM)',
    patch: (a) => {
      part(a, 'profile').pregnancy = 'yes';
      a.duration = 'acute';
      a.onset = 'sudden-strain';
    },
    safety: ['EX-UE7', 'BL23'],
  },
  {
    name: 'varicose veins on the left lower leg',
    source: '#do-not-press varicose veins; the lower leg holds the calf; #points BL40 flag',
    patch: (a) => siteAt(a, 'varicose-veins', 'lower-leg', 'left'),
    safety: ['BL57', 'BL40'],
  },
  {
    name: 'a new scar on the midline of the lower back',
    source: '#do-not-press new scars; a midline site covers about 1 cun either side',
    patch: (a) => siteAt(a, 'surgery-or-fracture', 'lumbar', 'midline'),
    safety: ['GV3'],
  },
  {
    name: 'a line, tube or device on the left lower back',
    source: '#do-not-press lines, tubes or devices',
    patch: (a) => siteAt(a, 'line-tube-device', 'lumbar', 'left'),
    safety: ['BL23'],
  },
  {
    name: 'a tender spot on the left leg, pressing the right side only',
    source: 'issue 9: side preferences apply to the true side of a limb spot',
    patch: (a) => {
      part(a, 'preferences').sides = 'right';
      spot(a, { template: 'lateral-leg', x: 70, y: 300, side: 'left' });
    },
    how: ['ashi-1'],
  },
  {
    name: 'a tender spot behind the knee: BL40’s light pressure',
    source: '#points BL40 popliteal vessels',
    patch: (a) => spot(a, { template: 'posterior', x: 94, y: 453 }),
    check: (out) => {
      const s = out.kind === 'plan' ? out.steps.find((x) => x.kind === 'ashi') : undefined;
      if (!s || s.pressureTarget > 3)
        throw new Error(`expected a light tender-spot step: ${JSON.stringify(s)}`);
    },
  },
  {
    name: 'a swollen, red or hot calf',
    source: '#points BL57/BL58: possible DVT, refer the same day',
    patch: (a) => siteAt(a, 'swollen-or-inflamed', 'calf', 'right'),
    referral: 'same-day',
  },
  {
    name: 'osteoporosis and a sudden strain',
    source: '#red-flags fracture: minor trauma with osteoporosis or steroids',
    patch: (a) => {
      part(a, 'profile').boneFragility = true;
      a.onset = 'sudden-strain';
    },
    referral: 'urgent',
  },
  {
    name: 'fragile skin',
    source: '#do-not-press caution: lighter pressure',
    patch: (a) => void (part(a, 'profile').fragileSkin = true),
    check: (out) => {
      if (out.kind !== 'plan' || out.pressure.target !== 3) throw new Error('expected pressure 3');
    },
  },
  {
    name: 'a high-risk STarT Back result',
    source: '#outcome-measures Hill 2011: see a clinician',
    patch: (a) =>
      void (a.questionnaires = {
        startBack: { agree: [true, true, true, true, true, true, true, true], bother: 'extremely' },
      }),
    check: (out) => {
      if (out.kind !== 'plan' || out.advice?.[0]?.source !== 'Hill2011')
        throw new Error('expected advice citing Hill 2011');
    },
  },
  {
    name: 'the dose as the source says it',
    source: '#protocols Murphy 2019: 3 minutes per point',
    patch: () => {},
    check: (out) => {
      const notes = out.kind === 'plan' ? out.notes : [];
      if (!notes.some((n) => n.source === 'Murphy2019' && /each point for 3 minutes/.test(n.text)))
        throw new Error('expected Murphy 2019 per point');
      if (!notes.some((n) => n.source === 'AcupressDefault' && /each side/.test(n.text)))
        throw new Error('expected the per-side hold labelled an Acupress choice');
    },
  },
  {
    name: 'pain on both legs said not to spread',
    source: '#red-flags: the map and the answers must agree',
    patch: (a) => {
      a.pain = [
        { region: 'calf-left', intensity: 5, quality: 'aching' },
        { region: 'calf-right', intensity: 5, quality: 'aching' },
      ];
      a.radiation = { side: 'none' };
    },
    invalid: 'radiation.side',
  },
  {
    name: 'a misspelt safety answer',
    source: 'issue 9: unknown keys are refused, never dropped',
    patch: (a) => void (part(a, 'profile').pregnant = 'yes'),
    invalid: 'profile.pregnant',
  },
  {
    name: 'a misspelt red flag',
    source: 'issue 9: unknown keys are refused, never dropped',
    patch: (a) => void (part(a, 'redFlags')['saddle-numbnes'] = true),
    invalid: 'redFlags.saddle-numbnes',
  },
  {
    name: 'an unknown key in a tender spot',
    source: 'issue 9: unknown keys at every level',
    patch: (a) => spot(a, { template: 'posterior', x: 100, y: 230, depth: 2 }),
    invalid: 'ashi.0.depth',
  },
  {
    name: 'a tender spot on the leg drawing without its side',
    source: 'issue 9: a limb spot records the true side',
    patch: (a) => spot(a, { template: 'lateral-leg', x: 70, y: 300 }),
    invalid: 'ashi.0.side',
  },
  {
    name: 'the fragile-skin question unanswered',
    source: '#do-not-press: every caution asked',
    patch: (a) => void delete part(a, 'profile').fragileSkin,
    invalid: 'profile.fragileSkin',
  },
];
