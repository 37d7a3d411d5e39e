// Pages that are not pre-rendered (they depend on this device or on the account) and load a
// feature on first use (React.lazy in app.tsx). Each gets the shell with that feature's files
// named in its head, so the phone downloads them beside the app's own script instead of after
// it has run: one round trip less before the page shows. One line per URL.

export const ROUTE_SHELLS: readonly { path: string; feature: string }[] = [
  { path: '/check-in', feature: 'src/features/check-in/check-in-feature.tsx' },
  { path: '/practice', feature: 'src/features/practice/practice-feature.tsx' },
  { path: '/practice/session', feature: 'src/features/practice/practice-feature.tsx' },
  { path: '/sign-in', feature: 'src/features/account/account-feature.tsx' },
  { path: '/setup', feature: 'src/features/account/account-feature.tsx' },
  { path: '/account', feature: 'src/features/account/account-feature.tsx' },
  { path: '/clinic', feature: 'src/features/account/account-feature.tsx' },
];

/** Vite's build manifest (build.manifest): each source module's chunk, imports and styles. */
export type ViteManifest = Record<
  string,
  { file: string; imports?: string[]; css?: string[]; isEntry?: boolean }
>;

/** The feature's chunk, the chunks it imports and their styles, as root-relative URLs. */
export function featureFiles(
  manifest: ViteManifest,
  feature: string,
): { scripts: string[]; styles: string[] } {
  if (!manifest[feature]) throw new Error(`the build has no chunk for ${feature}`);
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || chunk.isEntry || scripts.has(`/${chunk.file}`)) return;
    scripts.add(`/${chunk.file}`);
    chunk.css?.forEach((css) => styles.add(`/${css}`));
    chunk.imports?.forEach(visit);
  };
  visit(feature);
  return { scripts: [...scripts], styles: [...styles] };
}

/**
 * The head links that fetch a feature's files early: modulepreload for its scripts (fetched and
 * parsed, run when imported), preload for its styles (applied when the feature adds them). Files
 * the page already names are left out.
 */
export function preloadLinks(template: string, files: { scripts: string[]; styles: string[] }) {
  const named = (url: string) => template.includes(`"${url}"`);
  return [
    ...files.scripts
      .filter((url) => !named(url))
      .map((url) => `<link rel="modulepreload" crossorigin href="${url}">`),
    ...files.styles
      .filter((url) => !named(url))
      .map((url) => `<link rel="preload" as="style" crossorigin href="${url}">`),
  ].join('\n    ');
}
