import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { POINTS } from '@acupress/core';
import { App, AppShell } from '../app';
import { DocumentTitleSink, documentTitleText } from '../components/document-title';
import { setRenderedPath } from '../router';

// The build's entry for rendering pages to HTML (packages/web/build/finish-build.ts): the public
// pages whose content is the same for everyone and comes from core, so a phone shows them before
// any JavaScript runs; main.tsx then hydrates them. Nothing of anyone's session or device is in
// them: those parts render as for a visitor not yet known, and fill in after hydration.

/** The pages pre-rendered at build, by path. A new public page is one more line here. */
export const PRERENDERED_PATHS: readonly string[] = [
  '/',
  '/atlas',
  ...POINTS.map((point) => `/points/${point.id}`),
];

export interface RenderedPage {
  /** The markup inside <div id="root">. */
  html: string;
  /** The document title the page sets. */
  title: string;
}

/** One page as HTML, exactly as main.tsx's first render when hydrating it. */
export function renderPage(path: string): RenderedPage {
  setRenderedPath(path);
  const sink: { title?: string } = {};
  const html = renderToString(
    <DocumentTitleSink value={(title) => (sink.title = title)}>
      <StrictMode>
        <App />
      </StrictMode>
    </DocumentTitleSink>,
  );
  return { html, title: sink.title ?? documentTitleText(null) };
}

/**
 * The header and footer around an empty page: the HTML of every other URL (the check-in,
 * practice, accounts), so their frame shows at once; main.tsx renders the page into it afresh.
 */
export function renderShell(): RenderedPage {
  setRenderedPath('');
  return { html: renderToString(<AppShell />), title: documentTitleText(null) };
}
