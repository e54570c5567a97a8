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
  const image = steadyCopy(path, () =>
    hasPendingWal(path) ? imageWithWal(path, options) : readFileSync(path),
  );
  // A WAL-mode header makes SQLite look for a shared-memory file, which memory databases lack.
  if (image.length >= 20 && image[18] === 2 && image[19] === 2) {
    image[18] = 1;
    image[19] = 1;
  }
  return new Database(image, { ...options, readonly: true });
}

/** Size and change time of the file and its `-wal`: equal before and after a copy means no writer touched them meanwhile. */
function fingerprint(path: string): string {
  const parts: string[] = [];
  for (const file of [path, `${path}-wal`]) {
    try {
      const stat = statSync(file, { bigint: true });
      parts.push(`${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`);
    } catch {
      parts.push('-');
    }
  }
  return parts.join('|');
}

const COPY_ATTEMPTS = 20;
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Copies with `copy` until the file and its `-wal` were the same before and after (another
 * program writing or checkpointing meanwhile tears the pair, and a torn pair looks damaged).
 * After COPY_ATTEMPTS the last copy is used; the caller re-checks a copy that looks damaged.
 */
export function steadyCopy<T>(path: string, copy: () => T): T {
  for (let attempt = 1; ; attempt++) {
    const before = fingerprint(path);
    const result = copy();
    if (attempt >= COPY_ATTEMPTS || fingerprint(path) === before) return result;
    pauseSync(10 * attempt);
  }
}

/** Waits `ms` without spinning (the safe-open check is synchronous). */
export function pauseSync(ms: number): void {
  Atomics.wait(pause, 0, 0, ms);
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
