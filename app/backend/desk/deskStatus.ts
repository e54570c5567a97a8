import type Database from 'better-sqlite3';
import type {
  DeskConflict,
  DeskNameConflict,
  DeskProblem,
  DeskStatus,
} from '../../../shared/api/deskApi';
import { writeTransaction } from '../db/writeTransaction';
import { readDeskLink } from './deskLink';
import { readWaitingChanges } from './deskWaiting';
import { readWaitingNames } from './deskNames';
import { readWaitingMoves } from './deskScenarioMoves';

/** How many conflicts the status lists at most. */
const LISTED_CONFLICTS = 200;

/** The desk status of the workspace; `problem`: why the last sync failed, if it did. */
export function readDeskStatus(
  db: Database.Database,
  problem: DeskProblem | null = null,
  syncing = false,
): DeskStatus {
  const link = readDeskLink(db);
  if (!link) return notConnectedStatus(problem);
  // A renamed entity, re-described, renamed or deleted scenario waits; a new one travels with its facts.
  const waiting =
    readWaitingChanges(db, link).changes.length +
    readWaitingNames(db).filter((n) => n.baseSeq !== null).length +
    readWaitingMoves(db).length;
  const conflicts = listConflicts(db);
  const nameConflicts = listNameConflicts(db);
  const state = syncing
    ? 'syncing'
    : problem && (problem.code === 'unreachable' || problem.code === 'dropped')
      ? 'offline'
      : conflicts.length + nameConflicts.length > 0
        ? 'conflicts'
        : waiting > 0
          ? 'waiting'
          : 'synced';
  return {
    state,
    url: link.url,
    lastSyncAt: link.lastSyncAt,
    lastPulledSeq: link.lastPulledSeq,
    waiting,
    conflicts,
    nameConflicts,
    problem,
  };
}

/** The status of a workspace joined to no desk (or of no open workspace). */
export function notConnectedStatus(problem: DeskProblem | null = null): DeskStatus {
  return {
    state: 'not_connected',
    url: null,
    lastSyncAt: null,
    lastPulledSeq: 0,
    waiting: 0,
    conflicts: [],
    nameConflicts: [],
    problem,
  };
}

/** Conflicts not yet dismissed, newest first. */
export function listConflicts(db: Database.Database): DeskConflict[] {
  return db
    .prepare(
      `SELECT entity, metric, period, scenario, here_value AS here, desk_value AS desk, desk_who AS deskWho, at
       FROM desk_conflicts WHERE dismissed_at IS NULL ORDER BY id DESC LIMIT ?`,
    )
    .all(LISTED_CONFLICTS) as DeskConflict[];
}

/** Name conflicts not yet dismissed, newest first. */
export function listNameConflicts(db: Database.Database): DeskNameConflict[] {
  return db
    .prepare(
      `SELECT what, about, code, here_name AS here, here_kind AS hereKind, desk_name AS desk, desk_kind AS deskKind,
         desk_who AS deskWho, at
       FROM desk_name_conflicts WHERE dismissed_at IS NULL ORDER BY id DESC LIMIT ?`,
    )
    .all(LISTED_CONFLICTS) as DeskNameConflict[];
}

/** Stops listing the conflicts so far (each stays in its fact's history and in desk_conflicts). */
export function dismissConflicts(db: Database.Database): void {
  const now = new Date().toISOString();
  writeTransaction(db, () => {
    db.prepare('UPDATE desk_conflicts SET dismissed_at = ? WHERE dismissed_at IS NULL').run(now);
    db.prepare('UPDATE desk_name_conflicts SET dismissed_at = ? WHERE dismissed_at IS NULL').run(
      now,
    );
  });
}
