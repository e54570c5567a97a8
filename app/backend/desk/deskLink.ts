import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { writeTransaction } from '../db/writeTransaction';
import { DeskError } from './deskError';

/** The workspace's row of desk_link: which desk it is joined to and how far it synced. */
export interface DeskLink {
  url: string;
  deskId: string;
  workspaceId: string;
  connectedAt: string;
  lastPulledSeq: number;
  /** fact_changes.id up to which local changes reached the desk; null: never pushed. */
  lastPushedChangeId: number | null;
  lastSyncAt: string | null;
}

export function readDeskLink(db: Database.Database): DeskLink | null {
  const row = db
    .prepare(
      `SELECT url, desk_id AS deskId, workspace_id AS workspaceId, connected_at AS connectedAt,
         last_pulled_seq AS lastPulledSeq, last_pushed_change_id AS lastPushedChangeId, last_sync_at AS lastSyncAt
       FROM desk_link WHERE singleton = 1`,
    )
    .get() as DeskLink | undefined;
  return row ?? null;
}

/** The link, or a DeskError saying the workspace is not joined to a desk. */
export function requireDeskLink(db: Database.Database, workspace: string): DeskLink {
  const link = readDeskLink(db);
  if (!link)
    throw new DeskError(
      'not_connected',
      `${workspace} is not joined to a desk; join it with "tickmark desk connect ${workspace} URL".`,
    );
  return link;
}

/**
 * Joins the workspace to the desk `deskId` at `url` (stored without password). Joining the
 * same desk again only updates its URL; a workspace joined to another desk is refused.
 */
export function saveDeskLink(db: Database.Database, url: string, deskId: string): DeskLink {
  writeTransaction(db, () => {
    const current = readDeskLink(db);
    if (current && current.deskId !== deskId)
      throw new DeskError(
        'other_desk',
        `This workspace is joined to another desk (${current.url}, desk ${current.deskId}); ${url} is desk ${deskId}. A workspace syncs with one desk only: make a new workspace for this desk.`,
      );
    if (current) db.prepare('UPDATE desk_link SET url = ? WHERE singleton = 1').run(url);
    else
      db.prepare(
        `INSERT INTO desk_link (singleton, url, desk_id, workspace_id, connected_at) VALUES (1, ?, ?, ?, ?)`,
      ).run(url, deskId, randomUUID(), new Date().toISOString());
  });
  return readDeskLink(db)!;
}
