#!/usr/bin/env node
// Bundles the `tickmark` command (app/cli/main.ts) into dist/cli/ with esbuild, so it starts
// without compiling TypeScript. Code splitting keeps the subcommands lazy: each `await import()`
// in app/cli/commands becomes a chunk loaded only by the command that needs it, so a new
// command is picked up with no change here. better-sqlite3 (native) and pdfkit (reads its own
// data files) stay in node_modules.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { copyRuntimeAssets } from './runtimeAssets.mjs';
import { BUNDLE_EXTERNALS } from './runtimePackages.mjs';

const outdir = 'dist/cli';

export async function buildCli() {
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    entryPoints: ['app/cli/main.ts'],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunk-[hash]',
    entryNames: '[name]',
    minify: true,
    legalComments: 'none',
    sourcemap: false,
    metafile: true,
    external: BUNDLE_EXTERNALS,
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
    logLevel: 'warning',
  });
  copyRuntimeAssets(outdir, Object.keys(result.metafile.outputs));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildCli();
