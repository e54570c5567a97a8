import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Reads a file of the bundled sample (app/backend/sample/). In the source tree it lies at
 * `../sample/` from here; the Electron build copies it to `sample/` beside its bundle.
 */
export function readSampleFile(name: string): string {
  const candidates = [
    new URL(`../sample/${name}`, import.meta.url),
    new URL(`./sample/${name}`, import.meta.url),
  ];
  for (const url of candidates) {
    const path = fileURLToPath(url);
    if (existsSync(path)) return readFileSync(path, 'utf8');
  }
  throw new Error(`Tickmark is incomplete: the sample file ${name} is missing.`);
}
