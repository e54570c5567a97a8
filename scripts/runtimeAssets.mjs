// The files the backend reads at run time beside its bundle: the migrations' .sql files, the
// sample workspace (sample/), and the export's TTF fonts (fonts/). Used by every bundle build
// (the CLI in dist/cli, the Electron main process in dist/app), so each finds them beside itself.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Copies the run-time files into `outDir`; `bundleFiles` are the built .mjs files to scan for fonts. */
export function copyRuntimeAssets(outDir, bundleFiles) {
  mkdirSync(outDir, { recursive: true });
  for (const dir of ['app/backend/db/migrations', 'app/backend/desk/migrations']) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      if (name.endsWith('.sql')) cpSync(join(dir, name), join(outDir, name));
    }
  }
  cpSync('app/backend/sample', join(outDir, 'sample'), { recursive: true });
  // The fonts are the ones the bundle names (app/backend/export/pdfFonts.ts is their one list);
  // pdfFonts looks in fonts/ beside itself first, so the package needs no font packages.
  const fonts = new Set();
  for (const file of bundleFiles) {
    for (const match of readFileSync(file, 'utf8').matchAll(/@expo-google-fonts\/[\w./-]+?\.ttf/g))
      fonts.add(match[0]);
  }
  mkdirSync(join(outDir, 'fonts'), { recursive: true });
  for (const font of fonts) cpSync(require.resolve(font), join(outDir, 'fonts', basename(font)));
  return { fonts: fonts.size };
}
