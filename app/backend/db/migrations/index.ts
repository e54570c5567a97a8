import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Every migration of the workspace schema, in the order they apply. A file named here is
 * `NAME.sql` in this folder (the Electron build copies the .sql files beside its bundle).
 * Never rename or edit a released migration: add the next number.
 */
export const MIGRATION_NAMES: readonly string[] = [
  '001_initial',
  '002_workbook_links',
  '003_version_snapshots',
  '004_desk_sync',
  '005_title_in_document',
  '007_desk_names',
  '008_desk_scenarios',
  '009_desk_move_conflicts',
];

export interface Migration {
  name: string;
  /** Reads the SQL (only needed when the migration is pending). */
  sql(): string;
}

/** The migrations of this version of Tickmark, SQL read lazily from disk. */
export function bundledMigrations(): Migration[] {
  return MIGRATION_NAMES.map((name) => ({ name, sql: () => readMigrationSql(name) }));
}

function readMigrationSql(name: string): string {
  const url = new URL(`./${name}.sql`, import.meta.url);
  const path = fileURLToPath(url);
  if (!existsSync(path))
    throw new Error(`Tickmark is incomplete: the migration file ${path} is missing.`);
  return readFileSync(path, 'utf8');
}
