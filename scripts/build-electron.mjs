#!/usr/bin/env node
// Bundles the Electron main process (ESM) and the preload (CommonJS, as sandboxed preloads must be).
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync } from 'node:fs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  external: ['electron', 'better-sqlite3', 'pdfkit', 'fontkit', 'pg-native'],
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: ['app/main/main.ts'],
  outfile: 'dist/app/main.mjs',
  format: 'esm',
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
});
// The export worker (worker_threads) beside the main bundle: app/backend/export/exportInWorker.ts
// looks for dist/app/exportWorker.mjs next to itself.
await build({
  ...common,
  entryPoints: ['app/backend/export/exportWorker.ts'],
  outfile: 'dist/app/exportWorker.mjs',
  format: 'esm',
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
});
await build({
  ...common,
  entryPoints: ['app/preload/preload.ts'],
  outfile: 'dist/app/preload.cjs',
  format: 'cjs',
});

// Files the backend reads at run time beside its modules (migrations, the sample workspace).
mkdirSync('dist/app', { recursive: true });
for (const [from, to] of [
  ['app/backend/db/migrations', 'dist/app'],
  ['app/backend/desk/migrations', 'dist/app'],
  ['app/backend/sample', 'dist/app/sample'],
]) {
  if (existsSync(from)) cpSync(from, to, { recursive: true, filter: (f) => !f.endsWith('.ts') });
}
