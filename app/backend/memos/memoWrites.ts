import type Database from 'better-sqlite3';
import type { MemoSummary } from '../../../shared/api/memoApi';
import type { Memo } from '../../../shared/memo/memoTypes';
import { writeTransaction } from '../db/writeTransaction';
import { UserError } from '../router/userError';
import { emptyMemo } from '../../../shared/memo/emptyMemo';
import { checkMemo } from './checkMemo';
import { getMemo, getMemoSummary } from './memoQueries';

/**
 * Creates a memo titled `title`: empty, or `memo` with `title` in its title block. The title
 * block is the memo's one title (the list's `title` column reads it).
 */
export function createMemo(
  db: Database.Database,
  input: { title: string; memo?: Memo | undefined },
): MemoSummary {
  const title = input.title.trim();
  const memo = input.memo
    ? withTitle(checkMemo(input.memo, `memo "${title}"`), title)
    : emptyMemo(title);
  return writeTransaction(db, () => {
    const now = new Date().toISOString();
    const result = db
      .prepare('INSERT INTO memos (doc, version, created_at, updated_at) VALUES (?, 1, ?, ?)')
      .run(JSON.stringify(memo), now, now);
    return getMemoSummary(db, Number(result.lastInsertRowid));
  });
}

/**
 * Renames the memo: writes `title` into its title block (the one title the list, the PDF and
 * the CLI read) as a new version, so an open editor takes it like another window's save.
 */
export function renameMemo(db: Database.Database, id: number, title: string): MemoSummary {
  return writeTransaction(db, () => {
    const current = getMemo(db, id);
    db.prepare('UPDATE memos SET doc = ?, version = ?, updated_at = ? WHERE id = ?').run(
      JSON.stringify(withTitle(current.memo, title.trim())),
      current.version + 1,
      new Date().toISOString(),
      id,
    );
    return getMemoSummary(db, id);
  });
}

function withTitle(memo: Memo, title: string): Memo {
  return { ...memo, meta: { ...memo.meta, title } };
}

/** A new memo with the same document, titled `title` or "<title> (copy)". */
export function duplicateMemo(db: Database.Database, id: number, title?: string): MemoSummary {
  const source = getMemo(db, id);
  return createMemo(db, { title: title?.trim() || `${source.title} (copy)`, memo: source.memo });
}

/** Moves a memo to the trash (restorable). */
export function trashMemo(db: Database.Database, id: number): MemoSummary {
  return writeTransaction(db, () => {
    getMemoSummary(db, id);
    db.prepare('UPDATE memos SET deleted_at = coalesce(deleted_at, ?) WHERE id = ?').run(
      new Date().toISOString(),
      id,
    );
    return getMemoSummary(db, id);
  });
}

export function restoreMemo(db: Database.Database, id: number): MemoSummary {
  return writeTransaction(db, () => {
    getMemoSummary(db, id);
    db.prepare('UPDATE memos SET deleted_at = NULL WHERE id = ?').run(id);
    return getMemoSummary(db, id);
  });
}

/** Deletes a memo that is in the trash, with its kept versions. */
export function purgeMemo(db: Database.Database, id: number): { id: number } {
  return writeTransaction(db, () => {
    const memo = getMemoSummary(db, id);
    if (memo.deletedAt === null) {
      throw new UserError(
        `Memo ${id} ("${memo.title}") is not in the trash: move it there first.`,
        'conflict',
        `memo ${id}`,
      );
    }
    db.prepare('DELETE FROM memos WHERE id = ?').run(id);
    return { id };
  });
}

/**
 * Saves a new version of the document, only if `baseVersion` is the current version: a save
 * based on a stale version is refused with `conflict`, never merged blindly.
 */
export function saveMemo(
  db: Database.Database,
  input: { id: number; baseVersion: number; memo: Memo },
): { id: number; version: number; updatedAt: string } {
  const memo = checkMemo(input.memo, `memo ${input.id}`);
  return writeTransaction(db, () => {
    const current = getMemoSummary(db, input.id);
    if (current.version !== input.baseVersion) {
      throw new UserError(
        `Memo ${input.id} ("${current.title}") was changed elsewhere: it is at version ${current.version}, this edit was based on version ${input.baseVersion}. Reload it before saving.`,
        'conflict',
        `memo ${input.id}`,
      );
    }
    const updatedAt = new Date().toISOString();
    const version = current.version + 1;
    db.prepare('UPDATE memos SET doc = ?, version = ?, updated_at = ? WHERE id = ?').run(
      JSON.stringify(memo),
      version,
      updatedAt,
      input.id,
    );
    return { id: input.id, version, updatedAt };
  });
}
