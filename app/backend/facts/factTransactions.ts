import type Database from 'better-sqlite3';
import type {
  FactInput,
  FactPatch,
  FactRef,
  FactRow,
  FactSnapshot,
  UpsertCounts,
} from '../../../shared/api/factsApi';
import { factKey } from '../../../shared/calc/factKey';
import { writeTransaction } from '../db/writeTransaction';
import { UserError } from '../router/userError';
import type { ChangeContext } from './changeContext';
import { createFactWriter, type FactIdentityValues, type FactWriter } from './createFactWriter';
import { describeFactRef, findFact, getFact } from './factQueries';
import { sameSnapshot, snapshotOf } from './factSnapshot';
import { validateFactFields } from './validateFactInput';
import { ensureScenario } from './factScenario';
import type { WriteOutcome } from './writeOutcome';

export type { WriteOutcome } from './writeOutcome';
export { snapshotOf } from './factSnapshot';

/**
 * The fact writes of the API and the CLI: each is one write transaction that validates inside
 * it, writes through a FactWriter and returns what it changed (facts and new entities).
 */

/** Creates one fact (and its entity if needed); refuses with `conflict` if it exists. */
export function createFact(
  db: Database.Database,
  input: FactInput,
  context: ChangeContext,
): WriteOutcome<FactRow> {
  validateFactFields(fieldsOf(input), labelOf(input));
  return writeTransaction(db, () => {
    if (findFact(db, input)) {
      throw new UserError(
        `${describeFactRef(input)} already exists.`,
        'conflict',
        describeFactRef(input),
      );
    }
    const writer = createFactWriter(db, context);
    ensureScenario(db, input.scenario);
    const entityId = writer.entityId(input.entity, input.entityName, input.entityKind);
    const id = writer.insert(input, entityId, snapshotOf(input));
    return outcome(getFact(db, { id }), writer);
  });
}

/** Changes fields of one fact; changing its identity moves it (refused if the target exists). */
export function updateFact(
  db: Database.Database,
  ref: FactRef,
  patch: FactPatch,
  context: ChangeContext,
): WriteOutcome<FactRow> {
  return writeTransaction(db, () => {
    const current = getFact(db, ref);
    const next = { ...fieldsOf(current), ...definedOnly(patch) };
    validateFactFields(next, labelOf(current));
    const writer = createFactWriter(db, context);
    const before = snapshotOf(current);
    const after = snapshotOf(next);
    if (sameIdentity(current, next)) {
      if (!sameSnapshot(before, after)) writer.update(current.id, current, before, after);
    } else {
      const clash = findFact(db, next);
      if (clash)
        throw new UserError(
          `${describeFactRef(next)} already exists.`,
          'conflict',
          describeFactRef(next),
        );
      ensureScenario(db, next.scenario);
      writer.move(current.id, current, next, writer.entityId(next.entity), before, after);
    }
    return outcome(getFact(db, { id: current.id }), writer);
  });
}

/** Deletes facts; all or none (a missing one is a `not_found` error and nothing is deleted). */
export function deleteFacts(
  db: Database.Database,
  refs: FactRef[],
  context: ChangeContext,
): WriteOutcome<{ deleted: number }> {
  return writeTransaction(db, () => {
    const writer = createFactWriter(db, context);
    const seen = new Set<number>();
    for (const ref of refs) {
      const row = getFact(db, ref);
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      writer.remove(row.id, row, snapshotOf(row));
    }
    return outcome({ deleted: seen.size }, writer);
  });
}

/**
 * Creates or updates many facts in one transaction (the CLI's `set` is one of these).
 * Validates every input first: a bad one is refused with its position and nothing is written.
 */
export function upsertFacts(
  db: Database.Database,
  inputs: FactInput[],
  context: ChangeContext,
): WriteOutcome<UpsertCounts> {
  inputs.forEach((input, i) =>
    validateFactFields(
      fieldsOf(input),
      inputs.length > 1 ? `fact ${i + 1} (${labelOf(input)})` : labelOf(input),
    ),
  );
  return writeTransaction(db, () => {
    const writer = createFactWriter(db, context);
    const counts: UpsertCounts = { created: 0, updated: 0, unchanged: 0 };
    for (const input of inputs) {
      const existing = findFact(db, input);
      const after = snapshotOf(input);
      if (!existing) {
        ensureScenario(db, input.scenario);
        writer.insert(
          input,
          writer.entityId(input.entity, input.entityName, input.entityKind),
          after,
        );
        counts.created++;
      } else if (sameSnapshot(snapshotOf(existing), after)) {
        counts.unchanged++;
      } else {
        writer.update(existing.id, existing, snapshotOf(existing), after);
        counts.updated++;
      }
    }
    return outcome(counts, writer);
  });
}

/** The outcome of a write: its result, the facts and the entities its writer changed. */
export function outcome<T>(result: T, writer: FactWriter): WriteOutcome<T> {
  return { result, changed: writer.changes(), entities: writer.newEntities() };
}

export { ensureScenario } from './factScenario';

function fieldsOf(f: FactIdentityValues & FactSnapshot): FactIdentityValues & FactSnapshot {
  return {
    entity: f.entity,
    metric: f.metric,
    period: f.period,
    scenario: f.scenario,
    ...snapshotOf(f),
  };
}

function labelOf(f: FactIdentityValues): string {
  const key = factKey(f.entity, f.metric, f.period);
  return f.scenario ? `${key} (scenario ${f.scenario})` : key;
}

function sameIdentity(a: FactIdentityValues, b: FactIdentityValues): boolean {
  return (
    a.entity === b.entity &&
    a.metric === b.metric &&
    a.period === b.period &&
    a.scenario === b.scenario
  );
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
