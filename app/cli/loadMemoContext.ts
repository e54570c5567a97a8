import type Database from 'better-sqlite3';
import { allFacts } from '../backend/facts/factQueries';
import { findMemo, listMemos } from '../backend/memos/memoQueries';
import type { Fact } from '../../shared/calc/calcTypes';
import type { Memo } from '../../shared/memo/memoTypes';

/**
 * The facts, and the memo whose calc-block variables an expression may use: the one named,
 * or, when none is named, the workspace's only memo (so `tickmark eval WS capex_share` works
 * on the sample workspace).
 */
export function loadMemoContext(
  db: Database.Database,
  memoRef: string | undefined,
): { facts: Fact[]; memo: Memo | null } {
  const { facts } = allFacts(db);
  if (memoRef !== undefined) return { facts, memo: findMemo(db, memoRef).memo };
  const memos = listMemos(db);
  return { facts, memo: memos.length === 1 ? findMemo(db, memos[0]!.id).memo : null };
}
