import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { applyMigrations } from '../db/applyMigrations';
import { bundledMigrations } from '../db/migrations/index';
import { UserError } from '../router/userError';
import { fillSampleWorkspace } from './fillSampleWorkspace';
import { openWorkspace, type OpenWorkspaceOptions, type Workspace } from './openWorkspace';

/**
 * Creates a new workspace file (refusing to overwrite one), optionally with the sample, and
 * opens it. It is built under a temporary name and renamed, so a failure leaves nothing.
 */
export function createWorkspace(
  path: string,
  options: OpenWorkspaceOptions & { sample?: boolean } = {},
): Workspace {
  const file = resolve(path);
  if (existsSync(file))
    throw new UserError(`${file} already exists: choose another name.`, 'conflict', file);
  if (!existsSync(dirname(file)))
    throw new UserError(`The folder ${dirname(file)} does not exist.`, 'not_found', file);
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(4).toString('hex')}.creating`);
  try {
    const db = new Database(
      temp,
      options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
    );
    try {
      db.pragma('foreign_keys = ON');
      applyMigrations(db, options.migrations ?? bundledMigrations());
      if (options.sample) fillSampleWorkspace(db);
    } finally {
      db.close();
    }
    if (existsSync(file))
      throw new UserError(`${file} already exists: choose another name.`, 'conflict', file);
    renameSync(temp, file);
  } catch (error) {
    for (const leftover of [temp, `${temp}-journal`]) rmSync(leftover, { force: true });
    if (error instanceof UserError) throw error;
    throw new UserError(
      `Cannot create ${file}: ${(error instanceof Error ? error.message : String(error)).replace(/\.$/, '')}.`,
      'failed',
      file,
    );
  }
  return openWorkspace(file, options);
}
