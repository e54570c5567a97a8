#!/usr/bin/env node
// Bundles the Electron main process (ESM) and the preload (CommonJS, as sandboxed preloads must be)
// into dist/app/, with the files the backend reads beside it (migrations, sample, fonts).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { copyRuntimeAssets } from './runtimeAssets.mjs';
import { BUNDLE_EXTERNALS } from './runtimePackages.mjs';

rmSync('dist/app', { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  external: BUNDLE_EXTERNALS,
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: ['app/main/main.ts'],
  outfile: 'dist/app/main.mjs',
  format: 'esm',
  minify: true,
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

copyRuntimeAssets('dist/app', ['dist/app/main.mjs']);
