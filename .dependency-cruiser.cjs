/**
 * The layering of ARCHITECTURE.md, checked on every `npm test`.
 * Each rule names the folder, what it must not import, and why.
 * test/unit/foundation/layering.test.ts runs this config over
 * test/fixtures/layering-violations/ and expects every rule, by name, to fire
 * on exactly the violations planted there (a new rule needs a fixture).
 */
const NODE_BUILTIN = { dependencyTypes: ['core'] };

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Import cycles make load order fragile and layering meaningless.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shared-is-pure',
      severity: 'error',
      comment: 'shared/ runs in every process: no Node built-ins.',
      from: { path: '(^|/)shared/' },
      to: NODE_BUILTIN,
    },
    {
      name: 'shared-imports-only-shared-and-allowed-libs',
      severity: 'error',
      comment:
        'shared/ may import shared/, mathjs, numfmt, zod, markdown-it (and its plugins), yaml only.',
      from: { path: '(^|/)shared/' },
      to: {
        pathNot: [
          '(^|/)shared/',
          '(^|/)node_modules/(mathjs|numfmt|zod|markdown-it[^/]*|yaml|@types/markdown-it)/',
        ],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'shared-api-imports-only-zod-and-shared',
      severity: 'error',
      comment:
        'shared/api is the contract: zod schemas over the rules of shared/ (identifiers, periods, memo validation, text limits), no other library.',
      from: { path: '(^|/)shared/api/' },
      to: {
        pathNot: ['(^|/)shared/', '(^|/)node_modules/zod/'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'renderer-no-node-or-backend',
      severity: 'error',
      comment: 'renderer/ is browser code: no Node built-ins, electron, sqlite, pdfkit or app/.',
      from: { path: '(^|/)renderer/' },
      to: {
        path: ['(^|/)app/', '(^|/)node_modules/(electron|better-sqlite3|pdfkit)/'],
      },
    },
    {
      name: 'renderer-no-node-builtins',
      severity: 'error',
      comment: 'renderer/vite.config.ts is the build script, run by Node, not part of the page.',
      from: { path: '(^|/)renderer/', pathNot: '(^|/)renderer/vite\\.config\\.ts$' },
      to: NODE_BUILTIN,
    },
    {
      name: 'backend-no-electron-or-ui',
      severity: 'error',
      comment: 'app/backend, app/server and app/cli run without Electron and without a DOM.',
      from: { path: '(^|/)app/(backend|server|cli)/' },
      to: {
        path: [
          '(^|/)node_modules/(electron|react|react-dom|@tiptap/[^/]+)/',
          '(^|/)renderer/',
          '(^|/)app/(main|preload)/',
        ],
      },
    },
    {
      name: 'backend-no-server-or-cli',
      severity: 'error',
      comment: 'app/backend is the core the server and the CLI wrap; it never imports them.',
      from: { path: '(^|/)app/backend/' },
      to: { path: '(^|/)app/(server|cli)/' },
    },
    {
      name: 'preload-is-tiny',
      severity: 'error',
      comment: 'app/preload may import electron and shared/api only.',
      from: { path: '(^|/)app/preload/' },
      to: {
        pathNot: [
          '(^|/)app/preload/',
          '(^|/)shared/api/',
          '(^|/)node_modules/electron/',
          '^electron$',
        ],
        dependencyTypesNot: ['core', 'type-only'],
      },
    },
    {
      name: 'main-no-renderer',
      severity: 'error',
      comment: 'app/main never imports renderer/ code; it only serves its built files.',
      from: { path: '(^|/)app/main/' },
      to: { path: ['(^|/)renderer/', '(^|/)app/(server|cli)/'] },
    },
    {
      name: 'only-shell-imports-electron',
      severity: 'error',
      comment: 'Only app/main and app/preload import electron.',
      from: { pathNot: '(^|/)app/(main|preload)/' },
      to: { path: ['(^|/)node_modules/electron/', '^electron$'] },
    },
    {
      name: 'nothing-imports-tests',
      severity: 'error',
      comment:
        'Product code never imports test/. $1 is the tree the product folder sits in (empty for the real tree), so the fixture tree test/fixtures/layering-violations/ checks its own test/ folder.',
      from: { path: '^(|.*?/)(app|renderer|shared)/' },
      to: { path: '^$1test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|\\.tsbuild)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
