import Database from 'better-sqlite3';

export interface OpenDatabaseOptions {
  readOnly?: boolean;
  /** Path to a better_sqlite3.node built for the running ABI (Electron passes its own). */
  nativeBinding?: string;
}

/** Opens a SQLite file with the pragmas every workspace needs. */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Database.Database {
  const db = new Database(path, {
    readonly: options.readOnly ?? false,
    fileMustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  db.pragma('busy_timeout = 5000');
  if (!options.readOnly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
  }
  db.pragma('foreign_keys = ON');
  return db;
}
