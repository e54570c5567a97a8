import type Database from 'better-sqlite3';

const DEFAULT_AUTOCHECKPOINT = 1000;

/**
 * Runs a large write without SQLite's automatic checkpoint at its commit (which copies the
 * whole write-ahead log into the file before the commit returns), then checkpoints on the
 * next turn of the event loop. The write is durable at commit either way: the log is synced.
 */
export async function deferCheckpoint<T>(
  db: Database.Database,
  write: () => Promise<T>,
): Promise<T> {
  if (db.readonly) return write();
  db.pragma('wal_autocheckpoint = 0');
  try {
    return await write();
  } finally {
    db.pragma(`wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT}`);
    setImmediate(() => {
      if (db.open && !db.inTransaction) db.pragma('wal_checkpoint(PASSIVE)');
    });
  }
}
