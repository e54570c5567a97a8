import type Database from 'better-sqlite3';
import { renameSync, rmSync } from 'node:fs';

/**
 * Writes a consistent copy of an open database to `target` (replacing any older copy), through
 * a temporary file so that a crash never leaves a half-written backup under the final name.
 * Uses `VACUUM INTO`, SQLite's synchronous online copy (better-sqlite3's `db.backup()` is
 * asynchronous, which would make every workspace open asynchronous).
 */
export function backupDatabase(db: Database.Database, target: string): void {
  const temp = `${target}.partial`;
  rmSync(temp, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(temp);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
