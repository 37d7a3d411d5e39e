import type { TemplateId } from '../types.js';
import type { BodyTemplate } from './template.js';
import { anterior } from './anterior.js';
import { dorsalHand } from './dorsal-hand.js';
import { lateralLeg } from './lateral-leg.js';
import { medialFoot } from './medial-foot.js';
import { posterior } from './posterior.js';

export type { BodyTemplate, Guide, Landmark, TemplateFrame } from './template.js';

export const TEMPLATES: Readonly<Record<TemplateId, BodyTemplate>> = {
  posterior,
  anterior,
  'lateral-leg': lateralLeg,
  'dorsal-hand': dorsalHand,
  'medial-foot': medialFoot,
};

export const TEMPLATE_IDS = Object.keys(TEMPLATES) as TemplateId[];
