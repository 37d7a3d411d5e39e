// The kinds of place not to press on, one per item of the "do not press" list
// (docs/clinical-sources.md#do-not-press), with how the plan names each.

export const SITE_KINDS = [
  'skin',
  'bruise',
  'varicose-veins',
  'surgery-or-fracture',
  'swollen-or-inflamed',
  'line-tube-device',
  'tumour',
] as const;

export type SiteKind = (typeof SITE_KINDS)[number];

/** As the plan says it: "you reported … there". */
export const SITE_KIND_WORDS: Readonly<Record<SiteKind, string>> = {
  skin: 'a skin problem (broken, irritated or blistered skin)',
  bruise: 'a bruise',
  'varicose-veins': 'varicose veins',
  'surgery-or-fracture': 'recent surgery, a new scar or a fracture',
  'swollen-or-inflamed': 'a swollen or inflamed area',
  'line-tube-device': 'a line, tube or device',
  tumour: 'a known tumour',
};

/** As the check-in offers it. */
export const SITE_KIND_LABELS: Readonly<Record<SiteKind, string>> = {
  skin: 'Broken, irritated or blistered skin',
  bruise: 'A bruise',
  'varicose-veins': 'Varicose veins',
  'surgery-or-fracture': 'Recent surgery, a new scar or a fracture',
  'swollen-or-inflamed': 'Swollen, red, hot or inflamed',
  'line-tube-device':
    'A line, tube or device (a drip, catheter, drain, stoma, or something implanted such as a pacemaker)',
  tumour: 'A known tumour',
};
