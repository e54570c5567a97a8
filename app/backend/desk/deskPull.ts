import type Database from 'better-sqlite3';
import type pg from 'pg';
import type { DeskConflict, DeskNameConflict } from '../../../shared/api/deskApi';
import type { FactsChanged } from '../../../shared/api/factsApi';
import { writeTransaction } from '../db/writeTransaction';
import { applyDeskFacts, readLocalFacts, type DeskWrite } from './applyDeskFacts';
import {
  deskFieldsOf,
  identityKey,
  sameDeskFields,
  type DeskFactRow,
  type DeskFields,
} from './deskFact';
import { applyDeskNames, readDeskNames, type ChangedNames } from './deskNames';
import { readDeskBase, writeDeskBase, type DeskBaseRow } from './deskBase';
import { pullMoves } from './deskScenarioMoves';
import type { MemoRewrite } from '../memos/renameScenarioInMemos';

/** Desk facts read and applied per local transaction. */
const PULL_BATCH = 20_000;

interface DeskRow extends DeskFactRow {
  entity_name: string;
  entity_kind: string;
  changed_by: string;
  changed_at: string;
}

export interface PullOutcome {
  /** Facts changed here by the pull. */
  pulled: number;
  conflicts: DeskConflict[];
  /** Local names and descriptions that lost to the desk's. */
  nameConflicts: DeskNameConflict[];
  /** What the pull changed, for the `facts:changed` events. */
  changed: FactsChanged[];
  /** Entity names and scenario descriptions changed here. */
  names: ChangedNames;
  /** Memos whose figures follow a scenario the desk renamed. */
  memos: MemoRewrite[];
}

/**
 * Pulls every desk fact whose seq is above the last one pulled, in order, a batch per local
 * transaction that also records the new last seq: a pull cut at any point resumes where the
 * last committed batch ended. A fact changed here since it was last synced and changed on
 * the desk too is a conflict: the desk's value wins, the local one is kept in its history
 * (the change that replaced it is marked `(conflict)`) and in desk_conflicts. Then the
 * entity names and scenario descriptions changed since, from the same desk snapshot.
 */
export async function pullChanges(
  db: Database.Database,
  client: pg.Client,
  fromSeq: number,
  hooks: { afterBatch?: () => Promise<void> } = {},
): Promise<PullOutcome> {
  const outcome: PullOutcome = {
    pulled: 0,
    conflicts: [],
    nameConflicts: [],
    changed: [],
    names: { entities: [], scenarios: [] },
    memos: [],
  };
  const read = (after: number) =>
    client.query<DeskRow>(
      `SELECT f.entity, e.name AS entity_name, e.kind AS entity_kind, f.metric, f.period, f.scenario,
         f.value, f.unit, f.source, f.as_of::text AS as_of, f.note, f.deleted, f.seq::text AS seq,
         f.changed_by, f.changed_at::text AS changed_at
       FROM facts f JOIN entities e ON e.code = f.entity
       WHERE f.seq > $1 ORDER BY f.seq LIMIT $2`,
      [String(after), PULL_BATCH],
    );
  // One snapshot for the whole pull: as writers commit in version order (the desk lock),
  // it holds every version up to the newest it sees, names and facts alike.
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  // A scenario renamed or deleted since the sync began moves its overrides before the facts come.
  const moved = await pullMoves(db, client, fromSeq);
  outcome.changed.push(...moved.changed);
  outcome.conflicts.push(...moved.conflicts);
  outcome.nameConflicts.push(...moved.nameConflicts);
  outcome.memos.push(...moved.memos);
  outcome.names.scenarios.push(...moved.scenarios);
  let next = read(fromSeq);
  for (;;) {
    const { rows } = await next;
    if (rows.length === 0) break;
    const last = Number(rows[rows.length - 1]!.seq);
    // The desk reads the next batch while this one is written here.
    if (rows.length === PULL_BATCH) {
      next = read(last);
      next.catch(() => undefined); // awaited next turn; a failure here must not go unhandled
    }
    writeTransaction(db, () => applyBatch(db, rows, outcome));
    if (hooks.afterBatch) await hooks.afterBatch();
    if (rows.length < PULL_BATCH) break;
  }
  const names = await readDeskNames(client, fromSeq);
  await client.query('COMMIT');
  if (names.length > 0)
    writeTransaction(db, () => {
      const applied = applyDeskNames(db, names);
      outcome.names = {
        entities: applied.entities,
        scenarios: [...new Set([...outcome.names.scenarios, ...applied.scenarios])],
      };
      outcome.nameConflicts.push(...applied.conflicts);
      db.prepare(
        'UPDATE desk_link SET last_pulled_seq = max(last_pulled_seq, ?) WHERE singleton = 1',
      ).run(names.reduce((max, n) => Math.max(max, n.seq), 0));
    });
  return outcome;
}

function applyBatch(db: Database.Database, rows: DeskRow[], outcome: PullOutcome): void {
  const bases = readDeskBase(db, rows);
  const local = readLocalFacts(db, rows);
  const writes: DeskWrite[] = [];
  const newBases: DeskBaseRow[] = [];
  const conflicts: { conflict: DeskConflict; seq: number; fields: DeskFields | null }[] = [];
  const now = new Date().toISOString();
  for (const row of rows) {
    const seq = Number(row.seq);
    const identity = {
      entity: row.entity,
      metric: row.metric,
      period: row.period,
      scenario: row.scenario,
    };
    const base = bases.get(identity);
    if (base && base.seq >= seq) continue; // our own push, already here
    const desk = deskFieldsOf(row);
    const found = local.get(identityKey(identity));
    const here: DeskFields | null = found
      ? {
          value: found.value,
          unit: found.unit,
          source: found.source,
          asOf: found.asOf,
          note: found.note,
        }
      : null;
    newBases.push({ ...identity, seq, fields: desk });
    if (sameDeskFields(here, desk)) continue;
    const changedHere = !sameDeskFields(here, base ? base.fields : null);
    if (changedHere && desk === null && base === undefined) continue; // a delete we never saw: ours waits
    if (changedHere)
      conflicts.push({
        conflict: {
          ...identity,
          here: here ? here.value : null,
          desk: desk ? desk.value : null,
          deskWho: row.changed_by,
          at: now,
        },
        seq,
        fields: here,
      });
    writes.push({
      ...identity,
      fields: desk,
      entityName: row.entity_name,
      entityKind: row.entity_kind,
      who: changedHere
        ? `${row.changed_by} (desk; conflict: kept the desk's)`
        : `${row.changed_by} (desk)`,
    });
  }
  outcome.changed.push(...applyDeskFacts(db, writes, local));
  outcome.pulled += writes.length;
  const insertConflict = db.prepare(
    `INSERT INTO desk_conflicts (entity, metric, period, scenario, here_value, here_fields, desk_value, desk_seq, desk_who, at, change_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT max(id) FROM fact_changes WHERE entity = ? AND metric = ? AND period = ? AND scenario = ?))`,
  );
  for (const { conflict: c, seq, fields } of conflicts) {
    insertConflict.run(
      c.entity,
      c.metric,
      c.period,
      c.scenario,
      c.here,
      fields ? JSON.stringify(fields) : null,
      c.desk,
      seq,
      c.deskWho,
      c.at,
      c.entity,
      c.metric,
      c.period,
      c.scenario,
    );
    outcome.conflicts.push(c);
  }
  writeDeskBase(db, newBases);
  db.prepare(
    'UPDATE desk_link SET last_pulled_seq = max(last_pulled_seq, ?) WHERE singleton = 1',
  ).run(Number(rows[rows.length - 1]!.seq));
}
