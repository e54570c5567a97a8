import type Database from 'better-sqlite3';
import type { Migration } from './migrations/index';
import { TICKMARK_APPLICATION_ID } from './tickmarkFileFormat';
import { writeTransaction } from './writeTransaction';

export interface MigrationState {
  /** Names recorded in `schema_migrations`, in the order they were applied. */
  applied: string[];
  /** Known migrations not yet applied, in order. */
  pending: Migration[];
  /** Applied migrations this version does not know: the file was made by a newer Tickmark. */
  unknown: string[];
}

/** What the file has applied, compared with the migrations this version knows. Read-only. */
export function readMigrationState(
  db: Database.Database,
  migrations: readonly Migration[],
): MigrationState {
  const hasTable = db
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'")
    .get();
  const applied = hasTable
    ? db
        .prepare('SELECT name FROM schema_migrations ORDER BY rowid')
        .pluck()
        .all()
        .map((name) => String(name))
    : [];
  const known = new Set(migrations.map((m) => m.name));
  const done = new Set(applied);
  return {
    applied,
    pending: migrations.filter((m) => !done.has(m.name)),
    unknown: applied.filter((name) => !known.has(name)),
  };
}

/**
 * Applies each pending migration in its own transaction and records it, so a failure leaves
 * the file at the last migration that succeeded. Returns the names applied.
 */
export function applyMigrations(db: Database.Database, pending: readonly Migration[]): string[] {
  const done: string[] = [];
  for (const migration of pending) {
    try {
      const sql = migration.sql();
      writeTransaction(db, () => {
        db.exec(
          'CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL) STRICT',
        );
        db.pragma(`application_id = ${TICKMARK_APPLICATION_ID}`);
        db.exec(sql);
        db.prepare('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)').run(
          migration.name,
          new Date().toISOString(),
        );
      });
    } catch (error) {
      throw new Error(
        `migration ${migration.name} failed: ${(error instanceof Error ? error.message : String(error)).replace(/\.$/, '')}`,
      );
    }
    done.push(migration.name);
  }
  return done;
}
