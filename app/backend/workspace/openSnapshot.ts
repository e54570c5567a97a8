import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Opens an in-memory, read-only copy of a database file, leaving the file and its folder
 * exactly as they were (SQLite, even read-only, creates `-wal`/`-shm` files beside a WAL
 * database). A pending `-wal` log is applied to a private copy in the temp folder first.
 */
export function openSnapshot(path: string, nativeBinding?: string): Database.Database {
  const options = nativeBinding ? { nativeBinding } : {};
  const image = hasPendingWal(path) ? imageWithWal(path, options) : readFileSync(path);
  // A WAL-mode header makes SQLite look for a shared-memory file, which memory databases lack.
  if (image.length >= 20 && image[18] === 2 && image[19] === 2) {
    image[18] = 1;
    image[19] = 1;
  }
  return new Database(image, { ...options, readonly: true });
}

/** True when a non-empty `-wal` file lies beside `path` (the last writer did not close cleanly, or still runs). */
export function hasPendingWal(path: string): boolean {
  const wal = `${path}-wal`;
  return existsSync(wal) && statSync(wal).size > 0;
}

function imageWithWal(path: string, options: { nativeBinding?: string }): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'tickmark-snapshot-'));
  try {
    const copy = join(dir, 'snapshot.db');
    copyFileSync(path, copy);
    copyFileSync(`${path}-wal`, `${copy}-wal`);
    const db = new Database(copy, { ...options, fileMustExist: true });
    try {
      return db.serialize();
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
