import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Every migration of the desk's PostgreSQL schema, in order: `NAME.sql` in this folder (the
 * Electron build copies them beside its bundle). Never edit a released one: add the next.
 */
export const DESK_MIGRATION_NAMES: readonly string[] = [
  'desk_001_initial',
  'desk_002_names',
  'desk_003_scenario_moves',
];

/** Reads one desk migration's SQL. */
export function readDeskMigrationSql(name: string): string {
  const path = fileURLToPath(new URL(`./${name}.sql`, import.meta.url));
  if (!existsSync(path))
    throw new Error(`Tickmark is incomplete: the desk migration file ${path} is missing.`);
  return readFileSync(path, 'utf8');
}
