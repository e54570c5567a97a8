import type Database from 'better-sqlite3';
import type { FactRow } from '../../../shared/api/factsApi';
import { writeTransaction } from '../db/writeTransaction';
import { UserError } from '../router/userError';
import type { ChangeContext } from '../facts/changeContext';
import { createFactWriter } from '../facts/createFactWriter';
import { FACT_ROW_SELECT } from '../facts/factQueries';
import { snapshotOf, type WriteOutcome } from '../facts/factTransactions';
import { findEntity } from './entityRepository';

/**
 * Deletes an entity. One that still has facts is refused (`conflict`) unless `withFacts`,
 * which deletes them too, each logged and reported in `facts:changed`.
 */
export function deleteEntity(
  db: Database.Database,
  code: string,
  withFacts: boolean,
  context: ChangeContext,
): WriteOutcome<{ code: string; factsDeleted: number }> {
  return writeTransaction(db, () => {
    const entity = findEntity(db, code);
    if (!entity) throw new UserError(`There is no entity "${code}".`, 'not_found', code);
    const facts = db
      .prepare(`${FACT_ROW_SELECT} WHERE f.entity_id = ? ORDER BY f.id`)
      .all(entity.id) as FactRow[];
    if (facts.length > 0 && !withFacts) {
      throw new UserError(
        `Entity "${code}" still has ${facts.length} fact${facts.length === 1 ? '' : 's'}: delete them first, or delete the entity with its facts.`,
        'conflict',
        code,
      );
    }
    const writer = createFactWriter(db, context);
    for (const fact of facts) writer.remove(fact.id, fact, snapshotOf(fact));
    db.prepare('DELETE FROM entities WHERE id = ?').run(entity.id);
    return {
      result: { code, factsDeleted: facts.length },
      changed: writer.changes(),
      entities: [code],
    };
  });
}
