import type Database from 'better-sqlite3';
import type { KeepReason, MemoVersionSummary } from '../../../shared/api/memoApi';
import type { Memo } from '../../../shared/memo/memoTypes';
import { writeTransaction } from '../db/writeTransaction';
import { UserError } from '../router/userError';
import { parseStoredMemo } from './checkMemo';
import { getMemoSummary } from './memoQueries';

const VERSION_SELECT = `SELECT id AS versionId, memo_id AS memoId, version, reason, title, created_at AS createdAt
  FROM memo_versions`;

/**
 * Keeps the memo's current version: on demand (`manual`) or when it is exported (`export`,
 * called by the PDF export). Keeping the same version for the same reason twice keeps it once.
 */
export function keepVersion(
  db: Database.Database,
  id: number,
  reason: KeepReason,
): MemoVersionSummary {
  return writeTransaction(db, () => {
    const memo = getMemoSummary(db, id);
    const latest = db
      .prepare(`${VERSION_SELECT} WHERE memo_id = ? ORDER BY id DESC LIMIT 1`)
      .get(id) as MemoVersionSummary | undefined;
    if (latest && latest.version === memo.version && latest.reason === reason) return latest;
    const result = db
      .prepare(
        `INSERT INTO memo_versions (memo_id, version, title, doc, reason, created_at)
         SELECT id, version, title, doc, ?, ? FROM memos WHERE id = ?`,
      )
      .run(reason, new Date().toISOString(), id);
    return db
      .prepare(`${VERSION_SELECT} WHERE id = ?`)
      .get(result.lastInsertRowid) as MemoVersionSummary;
  });
}

/** The kept versions of a memo, newest first. */
export function listVersions(db: Database.Database, id: number): MemoVersionSummary[] {
  getMemoSummary(db, id);
  return db
    .prepare(`${VERSION_SELECT} WHERE memo_id = ? ORDER BY id DESC`)
    .all(id) as MemoVersionSummary[];
}

/** One kept version with its document. */
export function getVersion(
  db: Database.Database,
  versionId: number,
): MemoVersionSummary & { memo: Memo } {
  const summary = db.prepare(`${VERSION_SELECT} WHERE id = ?`).get(versionId) as
    | MemoVersionSummary
    | undefined;
  if (!summary)
    throw new UserError(
      `There is no kept version ${versionId}.`,
      'not_found',
      `version ${versionId}`,
    );
  const doc = db
    .prepare('SELECT doc FROM memo_versions WHERE id = ?')
    .pluck()
    .get(versionId) as string;
  return {
    ...summary,
    memo: parseStoredMemo(doc, `version ${summary.version} of memo ${summary.memoId}`),
  };
}
