import type Database from 'better-sqlite3';
import { renameFigureScenario } from '../../../shared/memo/renameFigureScenario';
import { parseStoredMemo } from './checkMemo';

/** A memo a write changed: its id and new version (the payload of `memos:changed`). */
export interface MemoRewrite {
  id: number;
  version: number;
}

/**
 * Inside the caller's transaction (a scenario renamed here or by the desk): every memo, in
 * the trash too, whose figures name `from` names `to`, as a new version, so an open editor
 * takes it like another window's save. A memo whose stored text is damaged is left alone:
 * it cannot be shown until repaired, and it must not stop the rename.
 */
export function renameScenarioInMemos(
  db: Database.Database,
  from: string,
  to: string,
): MemoRewrite[] {
  const rows = db.prepare('SELECT id, doc, version FROM memos ORDER BY id').all() as {
    id: number;
    doc: string;
    version: number;
  }[];
  const write = db.prepare('UPDATE memos SET doc = ?, version = ?, updated_at = ? WHERE id = ?');
  const now = new Date().toISOString();
  const rewrites: MemoRewrite[] = [];
  for (const row of rows) {
    let renamed;
    try {
      renamed = renameFigureScenario(parseStoredMemo(row.doc, `memo ${row.id}`), from, to);
    } catch {
      continue;
    }
    if (!renamed) continue;
    write.run(JSON.stringify(renamed), row.version + 1, now, row.id);
    rewrites.push({ id: row.id, version: row.version + 1 });
  }
  return rewrites;
}
