import type Database from 'better-sqlite3';
import type { FactsChanged } from '../../../shared/api/factsApi';
import type { ImportCounts } from '../../../shared/api/importApi';
import { deferCheckpoint } from '../db/deferCheckpoint';
import { longWriteTransaction, writeTransaction } from '../db/writeTransaction';
import { ensureEntity, upsertEntity } from '../entities/entityRepository';
import type { ChangeContext } from '../facts/changeContext';
import { createFactWriter } from '../facts/createFactWriter';
import type { WriteOutcome } from '../facts/writeOutcome';
import { ensureScenario } from '../facts/factScenario';
import { diffImport, type ImportDiff } from './diffImport';
import type { ParsedImport } from './parseFactsCsv';
import { countImport } from './previewImport';

/**
 * What an import wrote: its counts, the facts changed per scenario, and the entities it
 * created or renamed (`entity_name`), for `publishWrite`.
 */
export type ImportOutcome = WriteOutcome<ImportCounts>;

const CHUNK = 10_000;

/**
 * Writes every new or updated row of a parsed file (base facts and scenario overrides), in one transaction
 * that yields to the event loop between chunks so `onProgress` can reach the UI. Other
 * writes are refused meanwhile; any failure rolls everything back.
 */
export async function commitImport(
  db: Database.Database,
  parsed: ParsedImport,
  context: ChangeContext,
  onProgress?: (progress: { done: number; total: number }) => void,
): Promise<ImportOutcome> {
  return deferCheckpoint(db, () =>
    longWriteTransaction(db, async () => {
      const diff = diffImport(db, parsed);
      const write = importWriter(db, diff, context);
      onProgress?.({ done: 0, total: write.total });
      for (let done = 0; done < write.total; ) {
        done = write.next(CHUNK);
        onProgress?.({ done, total: write.total });
        if (done < write.total) await new Promise((resolve) => setImmediate(resolve));
      }
      return outcomeOf(diff, write.changes());
    }),
  );
}

/** The same, in one synchronous transaction (for creating the sample workspace, scripts). */
export function commitImportSync(
  db: Database.Database,
  parsed: ParsedImport,
  context: ChangeContext,
): ImportOutcome {
  return writeTransaction(db, () => {
    const diff = diffImport(db, parsed);
    const write = importWriter(db, diff, context);
    write.next(write.total);
    return outcomeOf(diff, write.changes());
  });
}

function outcomeOf(diff: ImportDiff, changed: FactsChanged[]): ImportOutcome {
  return {
    result: countImport(diff),
    changed,
    entities: [...diff.newEntities.keys(), ...diff.renamedEntities.keys()],
  };
}

/** Writes the changed rows of a diff, `count` at a time. Call inside a transaction. */
function importWriter(db: Database.Database, diff: ImportDiff, context: ChangeContext) {
  const writer = createFactWriter(db, context, { eachFactOnce: true });
  const entityIds = new Map<string, number>();
  for (const [code, { name, kind }] of diff.newEntities)
    entityIds.set(code, ensureEntity(db, code, name, kind));
  for (const [code, { to }] of diff.renamedEntities) upsertEntity(db, { code, name: to });
  const pending = diff.rows.filter((r) => r.status !== 'unchanged');
  for (const scenario of new Set(pending.map((r) => r.row.scenario))) ensureScenario(db, scenario);
  let done = 0;
  return {
    total: pending.length,
    next(count: number): number {
      const end = Math.min(pending.length, done + count);
      for (; done < end; done++) {
        const { row, existing, after } = pending[done]!;
        const identity = {
          entity: row.entity,
          metric: row.metric,
          period: row.period,
          scenario: row.scenario,
        };
        if (existing) {
          writer.update(existing.id, identity, existing.snapshot, after);
        } else {
          let entityId = entityIds.get(row.entity);
          if (entityId === undefined)
            entityIds.set(row.entity, (entityId = ensureEntity(db, row.entity)));
          writer.insertDeferringLog(identity, entityId, after);
        }
      }
      writer.logDeferredInserts();
      return done;
    },
    changes: () => writer.changes(),
  };
}
