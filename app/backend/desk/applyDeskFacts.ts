import type Database from 'better-sqlite3';
import type { FactSnapshot, FactsChanged } from '../../../shared/api/factsApi';
import { isEntityKind } from '../../../shared/api/factFields';
import { ensureEntity } from '../entities/entityRepository';
import { createFactWriter, type FactWriter } from '../facts/factWriter';
import { ensureScenario } from '../facts/factWrites';
import { validateFactFields } from '../facts/validateFactInput';
import type { FactIdentityValues } from '../facts/factIdentityValues';
import { DeskError } from './deskError';
import { identityKey, type DeskFields } from './deskFact';

/** A desk fact to bring here: new fields (null: delete), and who changed it, for the history. */
export interface DeskWrite extends FactIdentityValues {
  fields: DeskFields | null;
  entityName: string;
  entityKind: string;
  who: string;
}

/** A local fact as the desk compares it, with its row id. */
export type LocalFact = FactSnapshot & { id: number };

/** The local facts of these identities, by identityKey (one prepared statement, one read each). */
export function readLocalFacts(
  db: Database.Database,
  identities: FactIdentityValues[],
): Map<string, LocalFact> {
  const select = db.prepare(
    `SELECT f.id, f.value, f.unit, f.source, f.as_of AS asOf, f.note FROM facts f JOIN entities e ON e.id = f.entity_id
     WHERE e.code = ? AND f.metric = ? AND f.period = ? AND f.scenario = ?`,
  );
  // An entity this workspace does not have has no facts here: no read needed.
  const codes = new Set(db.prepare('SELECT code FROM entities').pluck().all() as string[]);
  const found = new Map<string, LocalFact>();
  for (const i of identities) {
    if (!codes.has(i.entity)) continue;
    const row = select.get(i.entity, i.metric, i.period, i.scenario) as LocalFact | undefined;
    if (row) found.set(identityKey(i), row);
  }
  return found;
}

/**
 * Writes desk facts here through the facts repository's writer (each change logged in
 * fact_changes with the desk role as who), inside the caller's transaction; `local` holds
 * the local facts of these identities (readLocalFacts). Statements are prepared once per
 * batch and the new facts' change log is written by one statement per writer, so a pull of
 * 100,000 facts stays fast. Each identity appears at most once. Returns what changed.
 */
export function applyDeskFacts(
  db: Database.Database,
  writes: DeskWrite[],
  local: Map<string, LocalFact>,
): FactsChanged[] {
  const writers = new Map<string, FactWriter>();
  const entityIds = new Map<string, number>();
  const scenarios = new Set<string>();
  const writerFor = (who: string): FactWriter => {
    let writer = writers.get(who);
    if (!writer)
      writers.set(
        who,
        (writer = createFactWriter(db, { who, origin: 'api' }, { eachFactOnce: true })),
      );
    return writer;
  };
  // Updates and deletes first, then the new facts writer by writer: each writer's inserts
  // then take consecutive ids, which its one deferred log statement needs.
  const inserts = new Map<string, DeskWrite[]>();
  for (const w of writes) {
    const existing = local.get(identityKey(w));
    if (w.fields === null) {
      if (existing) writerFor(w.who).remove(existing.id, w, snapshot(existing));
      continue;
    }
    checkDeskFields(w, w.fields);
    if (existing) {
      writerFor(w.who).update(existing.id, w, snapshot(existing), w.fields);
      continue;
    }
    let group = inserts.get(w.who);
    if (!group) inserts.set(w.who, (group = []));
    group.push(w);
  }
  for (const [who, group] of inserts) {
    const writer = writerFor(who);
    for (const w of group) {
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
      writer.insertDeferringLog(w, entityId, w.fields!);
    }
    writer.logDeferredInserts();
  }
  return [...writers.values()].flatMap((w) => w.changes());
}

/** A desk fact this workspace cannot hold (a value PostgreSQL allows, e.g. NaN) is refused by name. */
function checkDeskFields(identity: FactIdentityValues, fields: DeskFields): void {
  try {
    validateFactFields(
      { ...identity, ...fields },
      `${identity.entity}.${identity.metric}.${identity.period}`,
    );
  } catch (error) {
    throw new DeskError(
      'bad_value',
      `The desk holds a fact this workspace cannot take: ${(error as Error).message}. Nothing more was pulled; correct it on the desk.`,
    );
  }
}

function snapshot(f: FactSnapshot): FactSnapshot {
  return { value: f.value, unit: f.unit, source: f.source, asOf: f.asOf, note: f.note };
}
