import { describe, expect, it } from 'vitest';
import { ROUTE_SHELLS, featureFiles, preloadLinks, type ViteManifest } from './route-shells';

// As Vite writes it: the entry, a lazy feature importing a shared chunk, that chunk's style.
const MANIFEST: ViteManifest = {
  'index.html': { file: 'assets/index-a.js', isEntry: true, imports: ['_shared.js'] },
  'src/features/check-in/check-in-feature.tsx': {
    file: 'assets/check-in-feature-b.js',
    imports: ['index.html', '_shared.js', '_schemas.js'],
    css: ['assets/check-in-b.css'],
  },
  '_shared.js': { file: 'assets/shared-c.js' },
  '_schemas.js': { file: 'assets/schemas-d.js', imports: ['_shared.js'], css: ['assets/x.css'] },
};

describe('the shells of pages that load a feature', () => {
  it('name the feature’s chunk, every chunk it imports and their styles, never the entry', () => {
    expect(featureFiles(MANIFEST, 'src/features/check-in/check-in-feature.tsx')).toEqual({
      scripts: ['/assets/check-in-feature-b.js', '/assets/shared-c.js', '/assets/schemas-d.js'],
      styles: ['/assets/check-in-b.css', '/assets/x.css'],
    });
  });

  it('preload what the page does not already name', () => {
    const template = '<link rel="modulepreload" crossorigin href="/assets/shared-c.js">';
    const links = preloadLinks(template, {
      scripts: ['/assets/check-in-feature-b.js', '/assets/shared-c.js'],
      styles: ['/assets/check-in-b.css'],
    });
    expect(links.split('\n').map((l) => l.trim())).toEqual([
      '<link rel="modulepreload" crossorigin href="/assets/check-in-feature-b.js">',
      '<link rel="preload" as="style" crossorigin href="/assets/check-in-b.css">',
    ]);
  });

  it('fail the build for a feature the build does not have (a moved file, a typo)', () => {
    expect(() => featureFiles(MANIFEST, 'src/features/nowhere.tsx')).toThrow(/no chunk/);
  });

  it('are for distinct URLs, each a feature file', () => {
    expect(new Set(ROUTE_SHELLS.map((r) => r.path)).size).toBe(ROUTE_SHELLS.length);
    for (const r of ROUTE_SHELLS) expect(r.feature).toMatch(/^src\/features\/.+-feature\.tsx$/);
  });
});
