import type Database from 'better-sqlite3';
import { closeSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { APP_VERSION } from '../appVersion';
import { readMigrationState, type MigrationState } from '../db/applyMigrations';
import type { Migration } from '../db/migrations/index';
import { SQLITE_HEADER_SIZE, TICKMARK_APPLICATION_ID } from '../db/tickmarkFileFormat';
import { UserError } from '../router/userError';
import { checkSqliteHeader } from './checkSqliteHeader';
import { workspaceSchemaProblem } from './checkWorkspaceSchema';
import { hasPendingWal, openSnapshot, pauseSync } from './openSnapshot';

/**
 * Decides whether `path` is a Tickmark workspace this version can open, without writing to
 * it or beside it: first from its header bytes, then through an in-memory copy (integrity,
 * migrations). Throws a UserError naming the file and the problem; returns its migrations.
 */
export function inspectWorkspaceFile(
  path: string,
  migrations: readonly Migration[],
  nativeBinding?: string,
): MigrationState {
  // A copy taken while another program writes can be torn even when steady by size and time
  // (a checkpoint within the same tick), and so can the header read beside the file's size:
  // only a file that looks damaged on every one of DAMAGE_CHECKS fresh reads is called damaged.
  // A healthy file passes on the first.
  for (let check = 1; ; check++) {
    try {
      return inspectOnce(path, migrations, nativeBinding);
    } catch (error) {
      if (!(error instanceof DamagedSnapshot)) throw error;
      if (check >= DAMAGE_CHECKS) throw refuse(path, `the file is damaged${error.message}`);
      pauseSync(100 * check);
    }
  }
}

const DAMAGE_CHECKS = 4;

/** A read that looked damaged: the caller decides, after fresh reads, whether the file is. */
class DamagedSnapshot extends Error {}

function inspectOnce(
  path: string,
  migrations: readonly Migration[],
  nativeBinding?: string,
): MigrationState {
  const stat = statOrThrow(path);
  if (!stat.isFile()) throw refuse(path, notAFile(stat));
  const verdict = checkSqliteHeader(readHead(path), stat.size, hasPendingWal(path));
  if (!verdict.ok) {
    if (verdict.problem === 'truncated') throw new DamagedSnapshot(`: ${verdict.detail}`);
    throw refuse(path, `it is not a Tickmark workspace (${verdict.detail})`);
  }
  if (verdict.applicationId !== TICKMARK_APPLICATION_ID) {
    throw refuse(path, 'it is an SQLite database of another application, not a Tickmark workspace');
  }
  return inspectSnapshot(path, migrations, nativeBinding);
}

/** What a path that is not a regular file is, in words. */
function notAFile(stat: Stats): string {
  if (stat.isDirectory()) return 'it is a folder, not a workspace file';
  if (stat.isFIFO()) return 'it is a named pipe (FIFO), not a workspace file';
  if (stat.isCharacterDevice() || stat.isBlockDevice())
    return 'it is a device, not a workspace file';
  if (stat.isSocket()) return 'it is a socket, not a workspace file';
  return 'it is not a regular file';
}

function inspectSnapshot(
  path: string,
  migrations: readonly Migration[],
  nativeBinding?: string,
): MigrationState {
  let db: Database.Database;
  try {
    db = openSnapshot(path, nativeBinding);
  } catch (error) {
    throw new DamagedSnapshot(` (${snapshotProblem(error)})`);
  }
  try {
    const problems = (db.pragma('quick_check(3)') as { quick_check: string }[]).map((r) =>
      r.quick_check
        .replace(/\*\*\* in database \w+ \*\*\*/, '')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    if (problems.join() !== 'ok') throw new DamagedSnapshot(` (${problems.join('; ')})`);
    const state = readMigrationState(db, migrations);
    if (state.applied.length === 0)
      throw refuse(path, 'the file is damaged (it has no Tickmark schema)');
    if (state.unknown.length > 0) {
      throw refuse(
        path,
        `it was made by a newer version of Tickmark (it has migration ${state.unknown[0]}, unknown to Tickmark ${APP_VERSION}); update Tickmark to open it`,
      );
    }
    const schema = workspaceSchemaProblem(db, state.applied, migrations);
    if (schema?.damaged) throw new DamagedSnapshot(` (${schema.what})`);
    if (schema) {
      throw refuse(
        path,
        `${schema.what}; Tickmark opens no file that could run code of its own (triggers, views, tables added by another program)`,
      );
    }
    return state;
  } catch (error) {
    if (error instanceof UserError || error instanceof DamagedSnapshot) throw error;
    throw new DamagedSnapshot(` (${snapshotProblem(error)})`);
  } finally {
    db.close();
  }
}

/** The error for a file Tickmark will not open: what and why, and that nothing was changed. */
export function refuse(path: string, why: string): UserError {
  return new UserError(`Cannot open ${path}: ${why}. The file was not changed.`, 'failed', path);
}

function statOrThrow(path: string): Stats {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new UserError(`${path} does not exist.`, 'not_found', path);
    }
    if (code === 'ELOOP') {
      throw new UserError(
        `Cannot open ${path}: it is a symbolic link that leads in a loop. The file was not changed.`,
        'failed',
        path,
      );
    }
    if (code === 'EACCES' || code === 'EPERM') {
      throw new UserError(`Cannot open ${path}: permission denied.`, 'failed', path);
    }
    throw new UserError(`Cannot read ${path}: ${messageOf(error)}.`, 'failed', path);
  }
}

function readHead(path: string): Uint8Array {
  const head = new Uint8Array(SQLITE_HEADER_SIZE);
  const fd = openSync(path, 'r');
  try {
    const read = readSync(fd, head, 0, head.length, 0);
    return head.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** SQLite says "out of memory" for a file cut short inside a page; say what it means. */
function snapshotProblem(error: unknown): string {
  const message = messageOf(error);
  return /out of memory/i.test(message) ? 'it is truncated or its pages are unreadable' : message;
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
}
