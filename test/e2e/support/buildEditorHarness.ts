import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const HARNESS_DIR = fileURLToPath(new URL('../../../dist/editor-harness', import.meta.url));
const CONFIG = fileURLToPath(new URL('./editorHarness/harness.vite.config.ts', import.meta.url));
const SOURCES = ['../../../renderer', '../../../shared', './editorHarness'].map((p) =>
  fileURLToPath(new URL(p, import.meta.url)),
);

/** Builds the editor harness page unless the build is newer than every source file it uses. */
export async function buildEditorHarness(): Promise<void> {
  const index = join(HARNESS_DIR, 'index.html');
  if (existsSync(index) && newest(SOURCES) < statSync(index).mtimeMs) return;
  await build({ configFile: CONFIG, logLevel: 'warn' });
}

function newest(paths: string[]): number {
  let max = 0;
  const walk = (path: string): void => {
    const stat = statSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
    else max = Math.max(max, stat.mtimeMs);
  };
  for (const path of paths) walk(path);
  return max;
}
