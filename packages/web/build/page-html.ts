// The HTML file of one pre-rendered page: the built index.html (its hashed script and style
// tags) with the page's markup in the root element and its own title. No inline script or
// style is added, so the strict Content-Security-Policy holds.

const ROOT = '<div id="root"></div>';
const TITLE = /<title>[^<]*<\/title>/;
const NOSCRIPT = /<noscript>[^<]*<\/noscript>/;

/** Path → file under dist: '/' → index.html, '/atlas' → atlas/index.html. */
export function pageFile(path: string): string {
  if (!/^\/([A-Za-z0-9-]+(\/[A-Za-z0-9-]+)*)?$/.test(path)) {
    throw new Error(`cannot pre-render '${path}': a path of letters, digits and dashes`);
  }
  return path === '/' ? 'index.html' : `${path.slice(1)}/index.html`;
}

const escapeText = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface PageParts {
  /** The markup for the root element. */
  html: string;
  title: string;
  /** The path the markup was rendered for (main.tsx hydrates only there); none for the shell. */
  path?: string;
  /** Replaces the <noscript> text: what still needs JavaScript on this page. */
  noscript?: string;
  /** More tags for the head (links that fetch the page's own files early). */
  head?: string;
}

export function pageHtml(template: string, page: PageParts): string {
  for (const [what, found] of [
    [ROOT, template.includes(ROOT)],
    ['<title>', TITLE.test(template)],
  ] as const) {
    if (!found) throw new Error(`index.html has no ${what} to fill`);
  }
  const attribute = page.path === undefined ? '' : ` data-prerendered="${escapeText(page.path)}"`;
  let html = template
    .replace(TITLE, () => `<title>${escapeText(page.title)}</title>`)
    .replace(ROOT, () => `<div id="root"${attribute}>${page.html}</div>`);
  if (page.head) html = html.replace('</head>', () => `  ${page.head}\n  </head>`);
  if (page.noscript !== undefined) {
    html = html.replace(NOSCRIPT, () => `<noscript>${escapeText(page.noscript ?? '')}</noscript>`);
  }
  return html;
}
