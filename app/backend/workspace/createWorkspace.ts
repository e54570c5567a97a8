import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { UserError } from '../router/userError';
import { openWorkspace, type Workspace } from './openWorkspace';
import type { OpenDatabaseOptions } from '../db/openDatabase';

/** Creates a new workspace file; refuses to overwrite an existing one. */
export function createWorkspace(
  path: string,
  options: OpenDatabaseOptions & { sample?: boolean } = {},
): Workspace {
  if (existsSync(path)) throw new UserError(`${path} already exists.`, 'conflict', path);
  const db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  db.close();
  return openWorkspace(path, options);
}
