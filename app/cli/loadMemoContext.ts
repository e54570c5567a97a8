import type Database from 'better-sqlite3';
import { allFacts } from '../backend/facts/factQueries';
import { evaluationScenarios } from '../backend/scenarios/evaluationScenarios';
import type { ScenarioInput } from '../../shared/calc/createScenarioEngine';
import { findMemo, listMemos } from '../backend/memos/memoQueries';
import type { Fact } from '../../shared/calc/calcTypes';
import type { Memo } from '../../shared/memo/memoTypes';

/**
 * The base facts, the scenarios (`scenario` is the one to evaluate in; an unknown one is
 * refused), and the memo whose calc-block variables an expression may use: the one named,
 * or, when none is named, the workspace's only memo (so `tickmark eval WS capex_share` works
 * on the sample workspace).
 */
export function loadMemoContext(
  db: Database.Database,
  memoRef: string | undefined,
  scenario = '',
): { facts: Fact[]; memo: Memo | null; scenarios: ScenarioInput[]; scenario: string } {
  const { facts } = allFacts(db);
  const cases = evaluationScenarios(db, scenario);
  if (memoRef !== undefined) return { facts, ...cases, memo: findMemo(db, memoRef).memo };
  const memos = listMemos(db);
  return { facts, ...cases, memo: memos.length === 1 ? findMemo(db, memos[0]!.id).memo : null };
}
