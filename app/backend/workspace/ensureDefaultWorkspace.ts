import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createWorkspace } from './createWorkspace';

/** Creates the default workspace, with the sample, if it does not exist yet. Returns its path. */
export function ensureDefaultWorkspace(path: string, nativeBinding?: string): string {
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    createWorkspace(path, { sample: true, ...(nativeBinding ? { nativeBinding } : {}) }).close();
  }
  return path;
}
