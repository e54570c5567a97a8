import type Database from 'better-sqlite3';
import type { FactSnapshot, FactsChanged } from '../../../shared/api/factsApi';
import { periodEndDate } from '../../../shared/calc/periods';
import type { ChangeContext } from './changeContext';
import { createChangeCollector } from './changeCollector';
import type { FactIdentityValues } from './factIdentityValues';
import type { EntityKind } from '../../../shared/api/factFields';
import { ensureEntity, findEntity } from '../entities/entityRepository';

/** A fact's identity: one fact per (entity, metric, period, scenario). */
export type { FactIdentityValues } from './factIdentityValues';

/**
 * Writes facts row by row inside a transaction the caller opened: each write is logged in
 * `fact_changes` and collected for the `facts:changed` events. Prepared once, so bulk
 * writes (imports) stay fast.
 */
export interface FactWriter {
  insert(identity: FactIdentityValues, entityId: number, after: FactSnapshot): number;
  /** Like `insert`, but its change log entry waits for `logDeferredInserts` (one statement for many rows). */
  insertDeferringLog(identity: FactIdentityValues, entityId: number, after: FactSnapshot): number;
  /** Logs every insert deferred since the last call. Call before the transaction ends. */
  logDeferredInserts(): void;
  update(id: number, identity: FactIdentityValues, before: FactSnapshot, after: FactSnapshot): void;
  /** Moves a fact to another identity (entity, metric, period or scenario changed). */
  move(
    id: number,
    from: FactIdentityValues,
    to: FactIdentityValues,
    entityId: number,
    before: FactSnapshot,
    after: FactSnapshot,
  ): void;
  remove(id: number, identity: FactIdentityValues, before: FactSnapshot): void;
  /** The id of entity `code`, creating it (see `ensureEntity`) and noting it in `newEntities`. */
  entityId(code: string, name?: string, kind?: EntityKind): number;
  /** What was written so far, one event payload per scenario touched. */
  changes(): FactsChanged[];
  /** Codes of the entities `entityId` created, in order. */
  newEntities(): string[];
}

/** The columns every write of a fact sets from its snapshot, in the order `snapshotValues` gives. */
const SNAPSHOT_COLUMNS = [
  'period_end',
  'value',
  'unit',
  'source',
  'as_of',
  'note',
  'updated_at',
] as const;
const SET_SNAPSHOT = SNAPSHOT_COLUMNS.map((column) => `${column} = ?`).join(', ');

export function createFactWriter(
  db: Database.Database,
  context: ChangeContext,
  options: {
    /** Each fact is written at most once (bulk imports): cheaper bookkeeping. */ eachFactOnce?: boolean;
  } = {},
): FactWriter {
  const insertFact = db.prepare(
    `INSERT INTO facts (entity_id, metric, period, scenario, ${SNAPSHOT_COLUMNS.join(', ')})
     VALUES (?, ?, ?, ?, ${SNAPSHOT_COLUMNS.map(() => '?').join(', ')})`,
  );
  const updateFact = db.prepare(`UPDATE facts SET ${SET_SNAPSHOT} WHERE id = ?`);
  const moveFact = db.prepare(
    `UPDATE facts SET entity_id = ?, metric = ?, period = ?, scenario = ?, ${SET_SNAPSHOT} WHERE id = ?`,
  );
  const deleteFact = db.prepare('DELETE FROM facts WHERE id = ?');
  const logInserted = db.prepare(
    `INSERT INTO fact_changes (entity, metric, period, scenario, action, old_value, new_value, old_fields, new_fields, who, at, origin)
     SELECT e.code, f.metric, f.period, f.scenario, 'create', NULL, f.value, NULL,
       json_object('value', f.value, 'unit', f.unit, 'source', f.source, 'asOf', f.as_of, 'note', f.note), ?, ?, ?
     FROM facts f JOIN entities e ON e.id = f.entity_id WHERE f.id BETWEEN ? AND ? ORDER BY f.id`,
  );
  let deferred: { first: number; last: number } | null = null;
  const logChange = db.prepare(
    `INSERT INTO fact_changes (entity, metric, period, scenario, action, old_value, new_value, old_fields, new_fields, who, at, origin)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const now = new Date().toISOString();
  const collected = createChangeCollector(options.eachFactOnce);
  const collect = collected.add;
  const created: string[] = [];
  /** The values of SNAPSHOT_COLUMNS for a fact of `period` that now reads `after`. */
  const snapshotValues = (period: string, after: FactSnapshot) =>
    [
      periodEnd(period, after.asOf),
      after.value,
      after.unit,
      after.source,
      after.asOf,
      after.note,
      now,
    ] as const;

  const log = (
    identity: FactIdentityValues,
    action: 'create' | 'update' | 'delete',
    before: FactSnapshot | null,
    after: FactSnapshot | null,
  ): void => {
    logChange.run(
      identity.entity,
      identity.metric,
      identity.period,
      identity.scenario,
      action,
      before?.value ?? null,
      after?.value ?? null,
      before ? JSON.stringify(before) : null,
      after ? JSON.stringify(after) : null,
      context.who,
      now,
      context.origin,
    );
  };

  const logDeferredInserts = (): void => {
    if (!deferred) return;
    logInserted.run(context.who, now, context.origin, deferred.first, deferred.last);
    deferred = null;
  };

  /** Inserts a fact. A new id is the largest id + 1, so deferred inserts form one range of ids. */
  const insertRow = (
    identity: FactIdentityValues,
    entityId: number,
    after: FactSnapshot,
  ): number => {
    const result = insertFact.run(
      entityId,
      identity.metric,
      identity.period,
      identity.scenario,
      ...snapshotValues(identity.period, after),
    );
    collect(identity, after);
    return Number(result.lastInsertRowid);
  };

  return {
    insert(identity, entityId, after) {
      logDeferredInserts();
      const id = insertRow(identity, entityId, after);
      log(identity, 'create', null, after);
      return id;
    },
    insertDeferringLog(identity, entityId, after) {
      const id = insertRow(identity, entityId, after);
      if (deferred && id !== deferred.last + 1)
        throw new Error('deferred fact inserts must have consecutive ids');
      if (deferred) deferred.last = id;
      else deferred = { first: id, last: id };
      return id;
    },
    logDeferredInserts,
    update(id, identity, before, after) {
      updateFact.run(...snapshotValues(identity.period, after), id);
      log(identity, 'update', before, after);
      collect(identity, after);
    },
    move(id, from, to, entityId, before, after) {
      moveFact.run(
        entityId,
        to.metric,
        to.period,
        to.scenario,
        ...snapshotValues(to.period, after),
        id,
      );
      log(from, 'delete', before, null);
      log(to, 'create', null, after);
      collect(from, null);
      collect(to, after);
    },
    remove(id, identity, before) {
      deleteFact.run(id);
      log(identity, 'delete', before, null);
      collect(identity, null);
    },
    entityId(code, name, kind) {
      const existing = findEntity(db, code);
      if (existing) return existing.id;
      created.push(code);
      return ensureEntity(db, code, name, kind);
    },
    changes: collected.changes,
    newEntities: () => [...created],
  };
}

const periodEnds = new Map<string, string>();

/** The period's end date for sorting ('' if unknown); cached, as bulk writes repeat a few periods. */
function periodEnd(period: string, asOf: string | null): string {
  const key = period === 'LTM' ? `LTM ${asOf ?? ''}` : period;
  let end = periodEnds.get(key);
  if (end === undefined) {
    end = periodEndDate(period, asOf) ?? '';
    if (periodEnds.size < 10_000) periodEnds.set(key, end);
  }
  return end;
}
