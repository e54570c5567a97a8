import type { FactsChanged } from '../../../shared/api/factsApi';
import type { MemoRewrite } from '../memos/renameScenarioInMemos';

/**
 * What a write transaction returns: its result and everything it changed, so a handler only
 * publishes it (`publishWrite`) and never looks at the database before or after.
 */
export interface WriteOutcome<T> {
  result: T;
  /** The payloads of `facts:changed`, one per scenario touched (empty if no fact changed). */
  changed: FactsChanged[];
  /** Codes of the entities created, renamed or deleted (the payload of `entities:changed`). */
  entities: string[];
  /** Memos the write rewrote (a scenario rename renames it in their figures). */
  memos?: MemoRewrite[];
}
