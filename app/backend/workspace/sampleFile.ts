import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The path of a file of the bundled sample (app/backend/sample/), or null if it is absent. In
 * the source tree it lies at `../sample/` from here; the Electron build copies it to `sample/`
 * beside its bundle.
 */
export function sampleFilePath(name: string): string | null {
  for (const url of [
    new URL(`../sample/${name}`, import.meta.url),
    new URL(`./sample/${name}`, import.meta.url),
  ]) {
    const path = fileURLToPath(url);
    if (existsSync(path)) return path;
  }
  return null;
}

/** Reads a file of the bundled sample; a missing one means Tickmark is incomplete. */
export function readSampleFile(name: string): string {
  const path = sampleFilePath(name);
  if (!path) throw new Error(`Tickmark is incomplete: the sample file ${name} is missing.`);
  return readFileSync(path, 'utf8');
}
