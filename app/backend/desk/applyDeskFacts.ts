import type Database from 'better-sqlite3';
import type { FactSnapshot, FactsChanged } from '../../../shared/api/factsApi';
import { isEntityKind } from '../../../shared/api/factFields';
import { ensureEntity } from '../entities/entityRepository';
import { createFactWriter, type FactWriter } from '../facts/createFactWriter';
import { ensureScenario } from '../facts/factTransactions';
import { validateFactFields } from '../facts/validateFactInput';
import type { FactIdentityValues } from '../facts/factIdentityValues';
import { DeskError } from './deskError';
import type { DeskFields } from './deskFact';

/** A desk fact to bring here: new fields (null: delete), and who changed it, for the history. */
export interface DeskWrite extends FactIdentityValues {
  fields: DeskFields | null;
  entityName: string;
  entityKind: string;
  who: string;
}

/** The local fact of an identity, read with one statement prepared once. */
export interface LocalFacts {
  get(identity: FactIdentityValues): (FactSnapshot & { id: number }) | undefined;
}

export function localFactReader(db: Database.Database): LocalFacts {
  const select = db.prepare(
    `SELECT f.id, f.value, f.unit, f.source, f.as_of AS asOf, f.note FROM facts f JOIN entities e ON e.id = f.entity_id
     WHERE e.code = ? AND f.metric = ? AND f.period = ? AND f.scenario = ?`,
  );
  return {
    get: (i) =>
      select.get(i.entity, i.metric, i.period, i.scenario) as
        | (FactSnapshot & { id: number })
        | undefined,
  };
}

/**
 * Writes desk facts here through the facts repository's writer (each change logged in
 * fact_changes with the desk role as who), inside the caller's transaction. Statements are
 * prepared once per batch, so a pull of 100,000 facts stays fast. Returns what changed.
 */
export function applyDeskFacts(db: Database.Database, writes: DeskWrite[]): FactsChanged[] {
  const local = localFactReader(db);
  const writers = new Map<string, FactWriter>();
  const entityIds = new Map<string, number>();
  const scenarios = new Set<string>();
  const writerFor = (who: string): FactWriter => {
    let writer = writers.get(who);
    if (!writer) writers.set(who, (writer = createFactWriter(db, { who, origin: 'api' })));
    return writer;
  };
  for (const w of writes) {
    const existing = local.get(w);
    const writer = writerFor(w.who);
    if (w.fields === null) {
      if (existing) writer.remove(existing.id, w, snapshot(existing));
      continue;
    }
    try {
      validateFactFields({ ...w, ...w.fields }, `${w.entity}.${w.metric}.${w.period}`);
    } catch (error) {
      throw new DeskError(
        'not_a_desk',
        `The desk holds a fact this workspace cannot take: ${(error as Error).message}`,
      );
    }
    if (existing) {
      writer.update(existing.id, w, snapshot(existing), w.fields);
      continue;
    }
    if (!scenarios.has(w.scenario)) {
      ensureScenario(db, w.scenario);
      scenarios.add(w.scenario);
    }
    let entityId = entityIds.get(w.entity);
    if (entityId === undefined)
      entityIds.set(
        w.entity,
        (entityId = ensureEntity(
          db,
          w.entity,
          w.entityName,
          isEntityKind(w.entityKind) ? w.entityKind : 'other',
        )),
      );
    writer.insert(w, entityId, w.fields);
  }
  return [...writers.values()].flatMap((w) => w.changes());
}

function snapshot(f: FactSnapshot): FactSnapshot {
  return { value: f.value, unit: f.unit, source: f.source, asOf: f.asOf, note: f.note };
}
