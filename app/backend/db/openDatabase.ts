import Database from 'better-sqlite3';
import { existsSync, rmSync, statSync } from 'node:fs';
import { DISK_FULL_MESSAGE, isDiskFull } from './writeTransaction';
import { UserError } from '../router/userError';

export interface OpenDatabaseOptions {
  readOnly?: boolean;
  /** Path to a better_sqlite3.node built for the running ABI (Electron passes its own). */
  nativeBinding?: string;
}

/**
 * Opens a SQLite file with the pragmas every workspace needs. If they fail (a full disk cannot
 * give WAL its `-shm`), the connection is closed and the `-wal`/`-shm` this open made are
 * removed again (only when they did not exist before and the `-wal` is empty: nothing of
 * anyone's is lost), so a refused open leaves the folder as it was.
 */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Database.Database {
  const sidecars = [`${path}-wal`, `${path}-shm`].filter((p) => !existsSync(p));
  const db = new Database(path, {
    readonly: options.readOnly ?? false,
    fileMustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    db.pragma('busy_timeout = 5000');
    if (!options.readOnly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    return db;
  } catch (error) {
    db.close();
    const wal = `${path}-wal`;
    if (sidecars.length === 2 && (!existsSync(wal) || statSync(wal).size === 0))
      for (const sidecar of sidecars) rmSync(sidecar, { force: true });
    if (isDiskFull(error, path)) throw new UserError(DISK_FULL_MESSAGE, 'failed', path);
    throw error;
  }
}
