import type Database from 'better-sqlite3';
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

/** Runs `fn` as one transaction: all of its writes land, or none. */
export function writeTransaction<T>(db: Database.Database, fn: () => T): T {
  assertWritable(db);
  return db.transaction(fn)();
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
  db.exec('BEGIN IMMEDIATE');
  longWrites.add(db);
  try {
    const result = await fn();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.open && db.inTransaction) db.exec('ROLLBACK');
    throw error;
  } finally {
    longWrites.delete(db);
  }
}
