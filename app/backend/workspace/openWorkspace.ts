import type Database from 'better-sqlite3';
import type { WorkspaceInfo } from '../../../shared/api/appApi';
import { openDatabase, type OpenDatabaseOptions } from '../db/openDatabase';

/** An open workspace file. (The deal-database issue adds migrations and safe-open checks.) */
export interface Workspace {
  path: string;
  db: Database.Database;
  readOnly: boolean;
  info(): WorkspaceInfo;
  close(): void;
}

export function openWorkspace(path: string, options: OpenDatabaseOptions = {}): Workspace {
  const db = openDatabase(path, options);
  const readOnly = options.readOnly ?? false;
  return {
    path,
    db,
    readOnly,
    info: () => ({ path, readOnly }),
    close: () => db.close(),
  };
}
