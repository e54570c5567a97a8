import { quotedStart } from '../../../shared/memo/textLimits';
import type Database from 'better-sqlite3';
import type { MemoRecord, MemoSummary } from '../../../shared/api/memoApi';
import { UserError } from '../router/userError';
import { parseStoredMemo } from './checkMemo';

export const MEMO_SUMMARY_SELECT = `SELECT id, title, version, created_at AS createdAt, updated_at AS updatedAt,
  deleted_at AS deletedAt FROM memos`;

/** Memos by title (then id); the trash is left out unless asked for. */
export function listMemos(
  db: Database.Database,
  trash: 'exclude' | 'include' | 'only' = 'exclude',
): MemoSummary[] {
  const where =
    trash === 'exclude'
      ? 'WHERE deleted_at IS NULL'
      : trash === 'only'
        ? 'WHERE deleted_at IS NOT NULL'
        : '';
  return db
    .prepare(`${MEMO_SUMMARY_SELECT} ${where} ORDER BY title COLLATE NOCASE, id`)
    .all() as MemoSummary[];
}

export function getMemoSummary(db: Database.Database, id: number): MemoSummary {
  const row = db.prepare(`${MEMO_SUMMARY_SELECT} WHERE id = ?`).get(id) as MemoSummary | undefined;
  if (!row) throw new UserError(`There is no memo ${id}.`, 'not_found', `memo ${id}`);
  return row;
}

/** A memo with its document (validated: a damaged one is an error saying so). */
export function getMemo(db: Database.Database, id: number): MemoRecord {
  const summary = getMemoSummary(db, id);
  const doc = db.prepare('SELECT doc FROM memos WHERE id = ?').pluck().get(id) as string;
  // A damaged document has no readable title block: it is named by its id.
  const name = summary.title ? `memo ${id} ("${quotedStart(summary.title)}")` : `memo ${id}`;
  return { ...summary, memo: parseStoredMemo(doc, name) };
}

/**
 * The memo a user names on the command line: an id, or an exact title. A title several memos
 * share is an error listing their ids; memos in the trash are found by id only.
 */
export function findMemo(db: Database.Database, idOrTitle: string | number): MemoRecord {
  const text = String(idOrTitle).trim();
  if (/^\d+$/.test(text)) {
    const byId = db.prepare('SELECT id FROM memos WHERE id = ?').pluck().get(Number(text)) as
      | number
      | undefined;
    if (byId !== undefined) return getMemo(db, byId);
  }
  const ids = db
    .prepare('SELECT id FROM memos WHERE title = ? AND deleted_at IS NULL ORDER BY id')
    .pluck()
    .all(text) as number[];
  if (ids.length === 1) return getMemo(db, ids[0]!);
  if (ids.length > 1) {
    throw new UserError(
      `Several memos are titled "${text}" (ids ${ids.join(', ')}): name one by its id.`,
      'conflict',
      text,
    );
  }
  throw new UserError(`There is no memo with id or title "${text}".`, 'not_found', text);
}
