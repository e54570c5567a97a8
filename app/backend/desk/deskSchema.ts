import type pg from 'pg';
import { DESK_MIGRATION_NAMES, readDeskMigrationSql } from './migrations/index';
import { DeskError } from './deskError';
import type { DeskConnection } from './deskConnection';

/** The advisory lock key every desk writer takes (also in desk_001_initial.sql's trigger). */
export const DESK_LOCK = [7362541, 1] as const;

export interface DeskSchemaState {
  applied: string[];
  pending: string[];
  /** Applied migrations this Tickmark does not know: the desk was made by a newer version. */
  unknown: string[];
}

/** What the desk has applied, read-only. `applied` is empty for a database that is no desk. */
export async function readDeskSchema(client: pg.Client): Promise<DeskSchemaState> {
  const exists = await client.query<{ t: string | null }>(
    "SELECT to_regclass('desk_schema_migrations')::text AS t",
  );
  const applied = exists.rows[0]?.t
    ? (
        await client.query<{ name: string }>(
          'SELECT name FROM desk_schema_migrations ORDER BY applied_at, name',
        )
      ).rows.map((r) => r.name)
    : [];
  const known = new Set(DESK_MIGRATION_NAMES);
  const done = new Set(applied);
  return {
    applied,
    pending: DESK_MIGRATION_NAMES.filter((n) => !done.has(n)),
    unknown: applied.filter((n) => !known.has(n)),
  };
}

function newerDesk(where: string, unknown: string[]): DeskError {
  return new DeskError(
    'newer_desk',
    `The desk at ${where} was made by a newer Tickmark (it has ${unknown.join(', ')}); upgrade Tickmark to use it. Nothing was changed.`,
  );
}

/** Refuses a database that is no desk, a newer desk, or one that needs `desk init` first. */
export async function assertUsableDesk(desk: DeskConnection): Promise<void> {
  const state = await desk.run(readDeskSchema);
  if (state.applied.length === 0)
    throw new DeskError(
      'not_a_desk',
      `${desk.where} is not a Tickmark desk yet; create it with "tickmark desk init ${desk.where}".`,
    );
  if (state.unknown.length > 0) throw newerDesk(desk.where, state.unknown);
  if (state.pending.length > 0)
    throw new DeskError(
      'not_a_desk',
      `The desk at ${desk.where} needs upgrading; run "tickmark desk init ${desk.where}".`,
    );
}

/**
 * Creates or upgrades the desk's schema: every pending migration in one transaction, under
 * the desk lock (two inits at once do not race). A newer desk is refused and left unchanged.
 * Returns the migrations applied (empty: already up to date).
 */
export async function initDeskSchema(desk: DeskConnection): Promise<string[]> {
  return desk.run(async (client) => {
    const before = await readDeskSchema(client);
    if (before.unknown.length > 0) throw newerDesk(desk.where, before.unknown);
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock($1, $2)', [...DESK_LOCK]);
      await client.query(
        'CREATE TABLE IF NOT EXISTS desk_schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT clock_timestamp())',
      );
      const state = await readDeskSchema(client);
      if (state.unknown.length > 0) throw newerDesk(desk.where, state.unknown);
      for (const name of state.pending) {
        try {
          await client.query(readDeskMigrationSql(name));
        } catch (error) {
          throw new Error(`desk migration ${name} failed: ${(error as Error).message}`);
        }
        await client.query('INSERT INTO desk_schema_migrations (name) VALUES ($1)', [name]);
      }
      await client.query('COMMIT');
      return state.pending;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  });
}

/** The desk's identity (desk_info.desk_id). */
export async function readDeskId(client: pg.Client): Promise<string> {
  const result = await client.query<{ id: string }>('SELECT desk_id::text AS id FROM desk_info');
  const id = result.rows[0]?.id;
  if (!id) throw new Error('the desk has no desk_info row');
  return id;
}
