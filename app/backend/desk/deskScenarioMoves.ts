import type Database from 'better-sqlite3';
import type pg from 'pg';
import type { DeskConflict, DeskNameConflict } from '../../../shared/api/deskApi';
import type { FactRow, FactsChanged } from '../../../shared/api/factsApi';
import { createFactWriter } from '../facts/createFactWriter';
import { FACT_ROW_SELECT } from '../facts/factQueries';
import { snapshotOf } from '../facts/factSnapshot';
import { writeTransaction } from '../db/writeTransaction';
import { readDeskBase, writeDeskBase, type DeskBaseRow } from './deskBase';
import { deskFieldsOf, identityKey, sameDeskFields, type DeskFactRow } from './deskFact';
import { recordNameConflict } from './deskNames';
import { renameScenarioInMemos, type MemoRewrite } from '../memos/renameScenarioInMemos';

/**
 * A scenario renamed (`to`: its name now) or deleted (`to` null). Here: a scenario the desk
 * has (in desk_names_base) that is gone from this workspace; on the desk: a scenario
 * tombstone. The desk's move wins, like a fact's value (CALC.md section 11): a workspace
 * pulls the desk's moves before it pushes, so an override made offline under the old name
 * follows the rename, and one in a deleted scenario is deleted and listed as a conflict.
 */
export interface ScenarioMove {
  name: string;
  to: string | null;
}

export interface DeskScenarioMove extends ScenarioMove {
  seq: number;
  who: string;
}

/** What applying the desk's moves changed here. */
export interface MovesOutcome {
  changed: FactsChanged[];
  scenarios: string[];
  conflicts: DeskConflict[];
  /** Renames and deletes made here that lost to the desk's. */
  nameConflicts: DeskNameConflict[];
  /** Memos whose figures now name the scenario's new name. */
  memos: MemoRewrite[];
}

/** The scenarios the desk has that are gone here, each renamed (following renames made here) or deleted. */
export function readWaitingMoves(db: Database.Database): ScenarioMove[] {
  const gone = db
    .prepare(
      `SELECT b.code FROM desk_names_base b LEFT JOIN scenarios s ON s.name = b.code
       WHERE b.what = 'scenario' AND s.name IS NULL ORDER BY b.code`,
    )
    .pluck()
    .all() as string[];
  return gone.map((name) => ({ name, to: currentName(db, name) }));
}

/** The name a scenario has here after the renames made here (null: gone). */
function currentName(db: Database.Database, name: string): string | null {
  const renamed = db
    .prepare('SELECT new_name FROM scenario_renames WHERE old_name = ? ORDER BY id DESC LIMIT 1')
    .pluck();
  const exists = db.prepare('SELECT 1 FROM scenarios WHERE name = ?').pluck();
  const seen = new Set([name]);
  let at = name;
  for (;;) {
    if (at !== name && exists.get(at)) return at;
    const next = renamed.get(at) as string | undefined;
    if (next === undefined || seen.has(next)) return null;
    seen.add(next);
    at = next;
  }
}

/**
 * Writes the moves inside the caller's push transaction (under the desk lock, after the new
 * scenario names went in): each scenario the desk still has becomes a tombstone naming where
 * it went. One the desk already moved is left as the desk has it (the pull before brought it).
 */
export async function pushMoves(client: pg.Client, moves: ScenarioMove[]): Promise<void> {
  if (moves.length === 0) return;
  await client.query(
    `UPDATE scenarios d SET deleted = true, renamed_to = m.to_name
     FROM unnest($1::text[], $2::text[]) AS m(name, to_name)
     WHERE d.name = m.name AND NOT d.deleted`,
    [moves.map((m) => m.name), moves.map((m) => m.to)],
  );
}

/** After a push: the moved scenarios are no longer the desk's as this workspace knew them. */
export function forgetMovedScenarios(db: Database.Database, moves: ScenarioMove[]): void {
  const forget = db.prepare("DELETE FROM desk_names_base WHERE what = 'scenario' AND code = ?");
  for (const m of moves) forget.run(m.name);
}

/** The desk's scenario moves after `fromSeq`, in the order they were made. */
export async function readDeskMoves(
  client: pg.Client,
  fromSeq: number,
): Promise<DeskScenarioMove[]> {
  const { rows } = await client.query<{
    name: string;
    to: string | null;
    seq: string;
    who: string;
  }>(
    `SELECT name, renamed_to AS to, seq::text AS seq, changed_by AS who FROM scenarios
     WHERE deleted AND seq > $1 ORDER BY seq`,
    [String(fromSeq)],
  );
  return rows.map((r) => ({ name: r.name, to: r.to, seq: Number(r.seq), who: r.who }));
}

/**
 * Brings the desk's scenario moves here, before this workspace pushes: a renamed scenario's
 * overrides (those made here offline too) move to the new name with their desk versions, so
 * an unchanged override is not pushed again and a changed one is pushed onto the renamed
 * fact; a deleted scenario's overrides are deleted, and each one changed here is kept in its
 * history and listed as a conflict (the desk's delete won). Run again, it changes nothing.
 */
export async function pullMoves(
  db: Database.Database,
  client: pg.Client,
  fromSeq: number,
): Promise<MovesOutcome> {
  const outcome: MovesOutcome = {
    changed: [],
    scenarios: [],
    conflicts: [],
    nameConflicts: [],
    memos: [],
  };
  const moves = await readDeskMoves(client, fromSeq);
  if (moves.length === 0) return outcome;
  const moved: DeskBaseRow[] = [];
  writeTransaction(db, () => {
    for (const move of moves) applyMove(db, move, outcome, moved);
  });
  if (moved.length === 0) return outcome;
  // An override the desk has under the new name with the fields this workspace last saw
  // under the old one was moved, not changed: its base takes the desk's new version.
  const targets = [...new Set(moved.map((m) => m.scenario))];
  const { rows } = await client.query<DeskFactRow>(
    `SELECT entity, metric, period, scenario, value, unit, source, as_of::text AS as_of, note,
       deleted, seq::text AS seq FROM facts WHERE scenario = ANY($1::text[])`,
    [targets],
  );
  const desk = new Map(rows.map((r) => [identityKey(r), r]));
  const rebased = moved.flatMap((base): DeskBaseRow[] => {
    const d = desk.get(identityKey(base));
    if (!d) return [];
    return sameDeskFields(deskFieldsOf(d), base.fields) ? [{ ...base, seq: Number(d.seq) }] : [];
  });
  writeTransaction(db, () => writeDeskBase(db, rebased));
  return outcome;
}

function applyMove(
  db: Database.Database,
  move: DeskScenarioMove,
  outcome: MovesOutcome,
  moved: DeskBaseRow[],
): void {
  // A scenario this workspace never had from the desk is not the one the desk moved, even
  // with the same name (or it was moved here already: the move is read again until a fact
  // comes after it). It stays, and is pushed as a new scenario.
  const known =
    db
      .prepare("SELECT 1 FROM desk_names_base WHERE what = 'scenario' AND code = ?")
      .get(move.name) !== undefined;
  if (!known) return;
  const here = db.prepare('SELECT 1 FROM scenarios WHERE name = ?').get(move.name)
    ? move.name
    : currentName(db, move.name);
  db.prepare("DELETE FROM desk_names_base WHERE what = 'scenario' AND code = ?").run(move.name);
  // The figures that name it follow a rename (those naming the name it had here).
  if (move.to !== null)
    outcome.memos.push(...renameScenarioInMemos(db, here ?? move.name, move.to));
  // Moved here too (renamed or deleted since the last sync), otherwise: the desk's move wins.
  if (here !== move.name && here !== move.to)
    outcome.nameConflicts.push(
      recordNameConflict(db, {
        what: 'scenario',
        about: 'move',
        code: move.name,
        here: here ?? '',
        hereKind: '',
        desk: move.to ?? '',
        deskKind: '',
        deskWho: move.who,
        at: new Date().toISOString(),
      }),
    );
  if (here === null || here === move.to) return;
  const facts = db
    .prepare(`${FACT_ROW_SELECT} WHERE f.scenario = ? ORDER BY f.id`)
    .all(here) as FactRow[];
  const bases = readDeskBase(
    db,
    facts.map((f) => ({ ...f, scenario: move.name })),
  );
  const writer = createFactWriter(db, {
    who: `${move.who} (desk: scenario ${move.to ? `renamed to ${move.to}` : 'deleted'})`,
    origin: 'api',
  });
  const entityIds = db.prepare('SELECT entity_id FROM facts WHERE id = ?').pluck();
  const taken = db.prepare(
    `SELECT 1 FROM facts f JOIN entities e ON e.id = f.entity_id
     WHERE e.code = ? AND f.metric = ? AND f.period = ? AND f.scenario = ?`,
  );
  if (move.to !== null) {
    const description = db
      .prepare('SELECT description FROM scenarios WHERE name = ?')
      .pluck()
      .get(here) as string;
    db.prepare('INSERT OR IGNORE INTO scenarios (name, description) VALUES (?, ?)').run(
      move.to,
      description,
    );
  }
  const start = moved.length;
  const dropBase = db.prepare(
    'DELETE FROM desk_base WHERE entity = ? AND metric = ? AND period = ? AND scenario = ?',
  );
  for (const fact of facts) {
    const base = bases.get({ ...fact, scenario: move.name });
    const snapshot = snapshotOf(fact);
    const target = move.to === null ? null : { ...fact, scenario: move.to };
    if (target && !taken.get(target.entity, target.metric, target.period, target.scenario)) {
      writer.move(fact.id, fact, target, Number(entityIds.get(fact.id)), snapshot, snapshot);
      if (base) moved.push({ ...base, scenario: target.scenario });
    } else {
      writer.remove(fact.id, fact, snapshot);
      if (!sameDeskFields(snapshot, base ? base.fields : null)) {
        outcome.conflicts.push(recordLostOverride(db, fact, move));
      }
    }
    if (base) dropBase.run(fact.entity, fact.metric, fact.period, move.name);
  }
  writeDeskBase(db, moved.slice(start));
  db.prepare('DELETE FROM scenarios WHERE name = ?').run(here);
  outcome.changed.push(...writer.changes());
  outcome.scenarios.push(here, ...(move.to ? [move.to] : []));
}

/** An override changed here in a scenario the desk deleted: kept in its history and listed. */
function recordLostOverride(
  db: Database.Database,
  fact: FactRow,
  move: DeskScenarioMove,
): DeskConflict {
  const conflict: DeskConflict = {
    entity: fact.entity,
    metric: fact.metric,
    period: fact.period,
    scenario: move.name,
    here: fact.value,
    desk: null,
    deskWho: move.who,
    at: new Date().toISOString(),
  };
  db.prepare(
    `INSERT INTO desk_conflicts (entity, metric, period, scenario, here_value, here_fields, desk_value, desk_seq, desk_who, at, change_id)
     VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, (SELECT max(id) FROM fact_changes WHERE entity = ? AND metric = ? AND period = ? AND scenario = ?))`,
  ).run(
    fact.entity,
    fact.metric,
    fact.period,
    move.name,
    fact.value,
    JSON.stringify(snapshotOf(fact)),
    move.seq,
    move.who,
    conflict.at,
    fact.entity,
    fact.metric,
    fact.period,
    fact.scenario,
  );
  return conflict;
}
