import { describe, expect, it } from 'vitest';
import { pageFile, pageHtml } from './page-html';

// The built index.html, as Vite writes it (hashed tags in the head).
const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <title>Acupress</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index-abc.css">
  </head>
  <body>
    <div id="root"></div>
    <noscript>This page of Acupress needs JavaScript.</noscript>
  </body>
</html>`;

describe('the HTML file of a pre-rendered page', () => {
  it.each([
    ['/', 'index.html'],
    ['/atlas', 'atlas/index.html'],
    ['/points/EX-B2-L4', 'points/EX-B2-L4/index.html'],
  ])('%s is written to %s, where the server finds it for that URL', (path, file) => {
    expect(pageFile(path)).toBe(file);
  });

  it.each(['/../etc', '/atlas/', 'atlas', '/points/BL23?x=1', '/a b'])(
    'refuses a path that is not plain letters, digits and dashes: %s',
    (path) => {
      expect(() => pageFile(path)).toThrow(/cannot pre-render/);
    },
  );

  it('puts the markup in the root, marked with its path, and the page’s own title', () => {
    const html = pageHtml(TEMPLATE, {
      html: '<main><h1>BL23 Shenshu</h1></main>',
      title: 'BL23 Shenshu · Acupress',
      path: '/points/BL23',
      noscript: 'Searching needs JavaScript.',
    });
    expect(html).toContain(
      '<div id="root" data-prerendered="/points/BL23"><main><h1>BL23 Shenshu</h1></main></div>',
    );
    expect(html).toContain('<title>BL23 Shenshu · Acupress</title>');
    expect(html).toContain('<noscript>Searching needs JavaScript.</noscript>');
    // The hashed script and style tags stay; nothing inline is added (the CSP allows none).
    expect(html).toContain('<script type="module" crossorigin src="/assets/index-abc.js">');
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toMatch(/<style|style="/);
  });

  it('escapes the title, and leaves the shell unmarked (it is rendered afresh, not hydrated)', () => {
    const html = pageHtml(TEMPLATE, { html: '<header></header>', title: 'A <b> & "c"' });
    expect(html).toContain('<title>A &lt;b&gt; &amp; &quot;c&quot;</title>');
    expect(html).toContain('<div id="root"><header></header></div>');
    expect(html).toContain('<noscript>This page of Acupress needs JavaScript.</noscript>');
  });

  it('adds the page’s own head tags at the end of the head', () => {
    const html = pageHtml(TEMPLATE, {
      html: '',
      title: 't',
      head: '<link rel="preload" href="/a">',
    });
    expect(html).toMatch(/<link rel="preload" href="\/a">\s*<\/head>/);
  });

  it('keeps a $ in the markup as it is (no replacement patterns)', () => {
    expect(pageHtml(TEMPLATE, { html: '<p>$& $1</p>', title: '$&' })).toContain('<p>$& $1</p>');
  });

  it('fails loudly on an index.html without a root to fill', () => {
    expect(() => pageHtml('<title>x</title><body></body>', { html: '', title: '' })).toThrow(
      /no <div id="root"><\/div>/,
    );
  });
});
