import type Database from 'better-sqlite3';
import { accessSync, constants, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { WorkspaceInfo } from '../../../shared/api/appApi';
import { applyMigrations, readMigrationState } from '../db/applyMigrations';
import { backupDatabase } from '../db/backupDatabase';
import { bundledMigrations, type Migration } from '../db/migrations/index';
import { openDatabase, type OpenDatabaseOptions } from '../db/openDatabase';
import { UserError } from '../router/userError';
import { inspectWorkspaceFile, refuse } from './inspectWorkspaceFile';
import { openSnapshot } from './openSnapshot';

/** An open workspace file. */
export interface Workspace {
  /** Absolute path of the file. */
  path: string;
  db: Database.Database;
  /** True when the file is read-only (or was opened so): every write is refused. */
  readOnly: boolean;
  /** Migrations applied while opening (empty when the file was up to date). */
  migrated: string[];
  /** The copy taken before migrating, if any. */
  backupPath: string | null;
  info(): WorkspaceInfo;
  close(): void;
}

export interface OpenWorkspaceOptions extends OpenDatabaseOptions {
  /** The schema migrations to bring the file to (tests pass their own; default: this version's). */
  migrations?: readonly Migration[];
}

/**
 * Opens a workspace file safely: a file that is not a Tickmark workspace, is damaged, or was
 * made by a newer Tickmark is refused with a UserError naming it and is left byte-for-byte as
 * it was. A read-only file opens read-only. An older file is backed up
 * (`<file>.backup-before-migration-N`) and then migrated.
 */
export function openWorkspace(path: string, options: OpenWorkspaceOptions = {}): Workspace {
  const file = resolve(path);
  const migrations = options.migrations ?? bundledMigrations();
  const inspected = inspectWorkspaceFile(file, migrations, options.nativeBinding);
  if (options.readOnly === true || !isWritable(file)) {
    if (inspected.pending.length > 0) {
      throw refuse(
        file,
        'it is read-only and was made by an older Tickmark; make it writable so that it can be upgraded',
      );
    }
    return workspaceOf(file, openSnapshot(file, options.nativeBinding), true, [], null);
  }
  const db = openDatabase(file, { ...options, readOnly: false });
  try {
    // Read again on the real connection: the file may have changed since it was inspected.
    const state = readMigrationState(db, migrations);
    if (state.unknown.length > 0 || state.applied.length === 0)
      throw new Error('the file changed while it was being opened');
    let backupPath: string | null = null;
    if (state.pending.length > 0) {
      backupPath = `${file}.backup-before-migration-${migrationNumber(state.pending[0]!.name)}`;
      backupDatabase(db, backupPath);
      try {
        applyMigrations(db, state.pending);
      } catch (error) {
        throw new UserError(
          `Cannot upgrade ${file}: ${(error instanceof Error ? error.message : String(error)).replace(/\.$/, '')}. A copy taken before the upgrade is ${backupPath}.`,
          'failed',
          file,
        );
      }
    }
    return workspaceOf(
      file,
      db,
      false,
      state.pending.map((m) => m.name),
      backupPath,
    );
  } catch (error) {
    db.close();
    if (error instanceof UserError) throw error;
    throw new UserError(
      `Cannot open ${file}: ${(error instanceof Error ? error.message : String(error)).replace(/\.$/, '')}.`,
      'failed',
      file,
    );
  }
}

function workspaceOf(
  path: string,
  db: Database.Database,
  readOnly: boolean,
  migrated: string[],
  backupPath: string | null,
): Workspace {
  return {
    path,
    db,
    readOnly,
    migrated,
    backupPath,
    info: () => ({ path, readOnly }),
    close: () => {
      if (db.open) db.close();
    },
  };
}

/** A file the user marked read-only (no write bit, even for root), or that we may not write, or whose folder we may not write (WAL needs it). */
function isWritable(file: string): boolean {
  if ((statSync(file).mode & 0o222) === 0) return false;
  try {
    accessSync(file, constants.W_OK);
    accessSync(dirname(file), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** `003_add_tags` -> `3`. */
function migrationNumber(name: string): string {
  const digits = /^\d+/.exec(name)?.[0];
  return digits ? String(Number(digits)) : name;
}
