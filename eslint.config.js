// @ts-check
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The web app's rooms (docs/architecture.md): a feature never imports another feature (what two
// features share lives in components/ or lib/, and only the app shell composes features); shared
// rooms never import a feature or the shell. The rule reads import paths, so a file's depth below
// its feature decides which `../` leaves it: one rule per depth, for static and dynamic imports.
// And no web file, the build's config included, imports the server (what both read is in core).
const WEB = 'packages/web/src';
const OTHER_FEATURE =
  'One feature never imports another: move what both need to components/ or lib/, or compose them in the app shell';
const SHARED_IMPORTS_FEATURE =
  'Components/, lib/ and the other shared rooms never import a feature or the app shell';
const NO_SERVER = ['^@acupress/server(/|$)', '(^|/)server/src(/|$)'].map((regex) => ({
  regex,
  message: 'The web app never imports the server: put what both need in core',
}));
/** `../` exactly `n` times, then a name: that many levels up and into a sibling folder. */
const upAndOver = (n) => `^(\\.\\./){${n}}(?!\\.\\./)`;
const viaFeatures = '(^|/)features(/|$)';
/** Each pattern, for `import … from` and `export … from` and for `import()`. */
const restrictImports = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
  'no-restricted-syntax': [
    'error',
    // esquery ends a regex at its first slash: write slashes as \u002F.
    ...patterns.map(({ regex, message }) => ({
      selector: `ImportExpression > Literal[value=/${regex.replaceAll('/', '\\u002F')}/]`,
      message,
    })),
  ],
});
const featureRooms = [1, 2, 3].map((depth) => ({
  files: [`${WEB}/features/*/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
  rules: restrictImports([
    ...NO_SERVER,
    ...[upAndOver(depth), viaFeatures].map((regex) => ({ regex, message: OTHER_FEATURE })),
  ]),
}));

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'data/**',
      'test-results/**',
      'playwright-report/**',
      'eslint.config.js',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The clinical core has no I/O and no UI or server libraries (DESIGN.md, Conventions).
    files: ['packages/core/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^node:', message: 'core has no I/O' },
            { regex: '^(fs|path|os|child_process|net|http|https)$', message: 'core has no I/O' },
            {
              regex: '^(fastify|kysely|better-sqlite3|pg|react|react-dom)(/|$)',
              message: 'core stays free of server and UI libraries',
            },
          ],
        },
      ],
    },
  },
  {
    // React's rules of hooks, and effects and memos that name every value they read.
    files: [`${WEB}/**/*.{ts,tsx}`],
    ...reactHooks.configs.flat.recommended,
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  { files: ['packages/web/**/*.{ts,tsx}'], rules: restrictImports(NO_SERVER) },
  ...featureRooms,
  {
    files: [`${WEB}/{api,components,lib,offline,router}/**/*.{ts,tsx}`],
    // A test may drive the whole app, features included.
    ignores: ['**/*.test.tsx', '**/*.test.ts'],
    rules: restrictImports([
      ...NO_SERVER,
      ...[viaFeatures, '^\\.\\./app$'].map((regex) => ({ regex, message: SHARED_IMPORTS_FEATURE })),
    ]),
  },
  { files: ['**/*.mjs', '**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
