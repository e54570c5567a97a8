import { lstatSync } from 'node:fs';
import { resolve } from 'node:path';
import { openWorkspace, type Workspace } from '../backend/workspace/openWorkspace';
import { CliError } from './cliError';

/** Opens WS for a command; a missing file is an error (only `init` creates one). */
export function openExistingWorkspace(
  path: string,
  options: { readOnly?: boolean } = {},
): Workspace {
  const file = resolve(path);
  // lstat, not exists: a symbolic link that loops "exists" and is refused by the open's check.
  if (lstatSync(file, { throwIfNoEntry: false }) === undefined)
    throw new CliError(`${file} does not exist (create it with "tickmark init ${path}").`);
  return openWorkspace(file, options);
}

/** Runs `fn` on the open workspace and always closes it. */
export async function withWorkspace<T>(
  path: string,
  fn: (workspace: Workspace) => T | Promise<T>,
  options: { readOnly?: boolean } = {},
): Promise<T> {
  const workspace = openExistingWorkspace(path, options);
  try {
    return await fn(workspace);
  } finally {
    workspace.close();
  }
}
