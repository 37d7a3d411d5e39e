import type { z } from 'zod';
import { areaContains } from '../atlas/body-areas.js';
import { outlinePolygon } from '../atlas/drawing.js';
import { insidePolygon, sampleClosedCurve } from '../atlas/smooth-path.js';
import { TEMPLATES } from '../atlas/templates/index.js';
import type { TemplateId } from '../atlas/types.js';
import { PAIN_REGION_BY_ID } from './pain-regions.js';

// The rules an assessment must keep beyond the shape of each field. `input` is what a client
// sends now; `record` is an assessment stored earlier, read back: the rules added since (marked
// below) are not re-applied to it.

interface Checked {
  pain: { region: string }[];
  radiation: {
    side: 'none' | 'left' | 'right' | 'both';
    extent?: string;
    separateLegPain?: boolean;
  };
  ashi: { template: string; x: number; y: number; side?: string }[];
}

/** The sides of the legs (below the buttock) on which the pain map shows pain. */
export function painfulLegs(pain: readonly { region: string }[]): Set<'left' | 'right'> {
  const out = new Set<'left' | 'right'>();
  for (const m of pain) {
    const r = PAIN_REGION_BY_ID.get(m.region);
    if (r && r.side !== 'midline' && areaContains('leg', r.bodyArea)) out.add(r.side);
  }
  return out;
}

/**
 * Pain marked on both legs below the buttock, while the answers do not say it spreads down both,
 * is a contradiction to resolve with the person (pain down both legs is a cauda equina red flag,
 * docs/clinical-sources.md#red-flags): never a plan made on one reading of it. It is resolved
 * by saying it spreads down both legs, or that the leg pain does not come from the back.
 */
export function legPainContradiction(
  pain: readonly { region: string }[],
  radiation: Checked['radiation'],
): boolean {
  return (
    radiation.side !== 'both' && radiation.separateLegPain !== true && painfulLegs(pain).size === 2
  );
}

const outlines = new Map<string, ReturnType<typeof sampleClosedCurve>>();
/** Whether a position lies on the body in a drawing (inside its outline). */
export function onTheBody(template: TemplateId, x: number, y: number): boolean {
  let o = outlines.get(template);
  if (!o) outlines.set(template, (o = sampleClosedCurve(outlinePolygon(TEMPLATES[template]))));
  return insidePolygon({ x, y }, o);
}

const LIMB: Partial<Record<TemplateId, string>> = {
  'lateral-leg': 'leg',
  'medial-foot': 'leg',
  'dorsal-hand': 'hand',
};

export function checkAssessment(a: Checked, ctx: z.RefinementCtx, mode: 'input' | 'record'): void {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });
  const seen = new Set<string>();
  a.pain.forEach((m, i) => {
    if (seen.has(m.region)) issue(['pain', i, 'region'], `region '${m.region}' is marked twice`);
    seen.add(m.region);
  });
  if (a.pain.length === 0 && a.ashi.length === 0)
    issue(['pain'], 'mark at least one painful region or tender spot');
  if (a.radiation.side === 'none' && a.radiation.extent)
    issue(
      ['radiation', 'extent'],
      'contradicts radiation.side "none": leave it out, or give the side',
    );
  if (a.radiation.side !== 'none' && !a.radiation.extent)
    issue(['radiation', 'extent'], 'say whether the pain goes above-knee or below-knee');
  a.ashi.forEach((m, i) => {
    const t = TEMPLATES[m.template as TemplateId];
    if (m.x < 0 || m.x > t.width || m.y < 0 || m.y > t.height)
      issue(['ashi', i], `must lie within the ${t.width}×${t.height} drawing of ${t.id}`);
  });
  if (mode === 'record') return;

  // Added with the geometric safety check: every rule below is for input only.
  if (legPainContradiction(a.pain, a.radiation)) {
    issue(
      ['radiation', 'side'],
      `pain is marked in both legs below the buttock, but radiation.side is "${a.radiation.side}": ` +
        'if the pain spreads down both legs, say "both"; if the pain in the legs does not come ' +
        'from the back, set radiation.separateLegPain to true',
    );
  }
  a.ashi.forEach((m, i) => {
    const t = TEMPLATES[m.template as TemplateId];
    const limb = t.frame.kind === 'limb';
    if (limb && !m.side)
      issue(
        ['ashi', i, 'side'],
        `the ${t.id} drawing shows one ${LIMB[t.id]}: say which, left, right or both`,
      );
    if (!limb && m.side)
      issue(
        ['ashi', i, 'side'],
        `leave it out: on the ${t.id} drawing the side is where the spot is`,
      );
    if (m.x >= 0 && m.x <= t.width && m.y >= 0 && m.y <= t.height && !onTheBody(t.id, m.x, m.y))
      issue(['ashi', i], `must lie on the body in the drawing of ${t.id} (inside its outline)`);
  });
}
