import type Database from 'better-sqlite3';
import { statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from '../router/userError';

/** Databases in the middle of a long write (an import spanning several turns of the event loop). */
const longWrites = new WeakSet<Database.Database>();

/** Refuses a write the user cannot make now, with a message that says why. */
export function assertWritable(db: Database.Database): void {
  if (db.readonly) {
    throw new UserError('This workspace is open read-only: changes cannot be saved.', 'failed');
  }
  if (longWrites.has(db)) {
    throw new UserError(
      'An import is being written to this workspace; try again when it is done.',
      'conflict',
    );
  }
}

/** What a writer is told when another program holds the workspace past the busy timeout. */
export const WORKSPACE_BUSY_MESSAGE =
  'The workspace is being written by another program; try again.';

/** SQLite's "another connection holds the lock" results (better-sqlite3's `code`). */
function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code);
}

/** What a writer is told when the disk (or the file's size limit) is full. */
export const DISK_FULL_MESSAGE =
  'The disk is full: nothing was written. Free some space and try again.';

/** Below this much free space, an I/O error of SQLite's is taken for a full disk. */
const NEARLY_FULL_BYTES = 1024 * 1024;

/**
 * SQLite's SQLITE_FULL, or the system's ENOSPC; or, for a file at `path`, an SQLITE_IOERR_*
 * (SQLite says "disk I/O error" when it cannot grow the `-shm` or `-wal`) on a disk with
 * (almost) no space left.
 */
export function isDiskFull(error: unknown, path?: string): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return true;
  if (!path || typeof code !== 'string' || !code.startsWith('SQLITE_IOERR')) return false;
  try {
    const { bavail, bsize } = statfsSync(dirname(path));
    return bavail * bsize < NEARLY_FULL_BYTES;
  } catch {
    return false;
  }
}

/**
 * A busy error becomes the user's `busy` error (the renderer retries), a full disk says so
 * (not SQLite's "disk I/O error"); others pass unchanged.
 */
export function busyAsUserError(error: unknown): unknown {
  if (isBusy(error)) return new UserError(WORKSPACE_BUSY_MESSAGE, 'busy');
  if (isDiskFull(error)) return new UserError(DISK_FULL_MESSAGE, 'failed');
  return error;
}

/**
 * Runs `fn` as one write transaction: all of its writes land, or none. The ONE helper every
 * write path uses. It begins with `BEGIN IMMEDIATE`, taking the write lock before the first
 * read: a deferred transaction that reads and then writes after another program committed gets
 * SQLITE_BUSY_SNAPSHOT, which SQLite never retries, whereas IMMEDIATE waits out the busy
 * timeout (5 s). Past it, the writer gets the `busy` error WORKSPACE_BUSY_MESSAGE.
 */
export function writeTransaction<T>(db: Database.Database, fn: () => T): T {
  assertWritable(db);
  try {
    return db.transaction(fn).immediate();
  } catch (error) {
    throw busyAsUserError(error);
  }
}

/**
 * One transaction that may await between steps (so progress events reach the UI). Other
 * writes are refused until it ends; it commits only if `fn` resolves.
 */
export async function longWriteTransaction<T>(
  db: Database.Database,
  fn: () => Promise<T>,
): Promise<T> {
  assertWritable(db);
  try {
    db.exec('BEGIN IMMEDIATE');
  } catch (error) {
    throw busyAsUserError(error);
  }
  longWrites.add(db);
  try {
    const result = await fn();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.open && db.inTransaction) db.exec('ROLLBACK');
    throw busyAsUserError(error);
  } finally {
    longWrites.delete(db);
  }
}
