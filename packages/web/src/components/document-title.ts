import { createContext, useContext, useEffect } from 'react';

const APP_NAME = 'Acupress';

/** "Atlas" → "Atlas · Acupress"; null (the home page) → "Acupress". */
export const documentTitleText = (title: string | null): string =>
  title ? `${title} · ${APP_NAME}` : APP_NAME;

/**
 * Where a page rendered to HTML at build (prerender/) leaves its title for the HTML's <title>:
 * effects do not run there. Null in the browser.
 */
export const DocumentTitleSink = createContext<((title: string) => void) | null>(null);

/** Names the document after the page, in the browser and in the pre-rendered HTML. */
export function useDocumentTitle(title: string | null): void {
  const sink = useContext(DocumentTitleSink);
  // Handed over by a call, not written into the context's value (React's hooks rules).
  sink?.(documentTitleText(title));
  useEffect(() => {
    document.title = documentTitleText(title);
  }, [title]);
}
