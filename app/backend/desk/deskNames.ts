import type Database from 'better-sqlite3';
import type pg from 'pg';
import type { DeskNameConflict } from '../../../shared/api/deskApi';
import { isEntityKind } from '../../../shared/api/factFields';
import { upsertEntity } from '../entities/entityRepository';
import { ensureScenario } from '../facts/factScenario';

/**
 * Entity names and kinds, and scenario descriptions, synced like facts: `name` is the entity's
 * name or the scenario's description, `kind` the entity's kind ('' for a scenario).
 */
export interface DeskName {
  what: 'entity' | 'scenario';
  code: string;
  name: string;
  kind: string;
}

/** A local name the desk does not have yet, with the desk version it was changed on. */
export interface WaitingName extends DeskName {
  baseSeq: number | null;
}

/** What a pull renamed or described here, for the `entities:changed` / `scenarios:changed` events. */
export interface ChangedNames {
  entities: string[];
  scenarios: string[];
}

/** A name as the desk has it: its version and who changed it last. */
export type DeskNameRow = DeskName & { seq: number; who: string };

export interface PushedName {
  name: WaitingName;
  seq: number;
}

/** The local names that differ from what the desk last had (all of them before the first sync). */
export function readWaitingNames(db: Database.Database): WaitingName[] {
  return db
    .prepare(
      `SELECT 'entity' AS what, e.code, e.name, e.kind, b.seq AS baseSeq FROM entities e
         LEFT JOIN desk_names_base b ON b.what = 'entity' AND b.code = e.code
       WHERE b.code IS NULL OR b.name <> e.name OR b.kind <> e.kind
       UNION ALL
       SELECT 'scenario', s.name, s.description, '', b.seq FROM scenarios s
         LEFT JOIN desk_names_base b ON b.what = 'scenario' AND b.code = s.name
       WHERE b.code IS NULL OR b.name <> s.description
       ORDER BY 1, 2`,
    )
    .all() as WaitingName[];
}

/** Records what the desk now has of these names. Call inside the transaction that applied them. */
export function writeNamesBase(db: Database.Database, rows: (DeskName & { seq: number })[]): void {
  const upsert = db.prepare(
    `INSERT INTO desk_names_base (what, code, seq, name, kind) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (what, code) DO UPDATE SET seq = excluded.seq, name = excluded.name, kind = excluded.kind
     WHERE excluded.seq >= desk_names_base.seq`,
  );
  for (const r of rows) upsert.run(r.what, r.code, r.seq, r.name, r.kind);
}

/**
 * Pushes the waiting names inside the caller's desk transaction (under the desk lock), with
 * the same optimistic check as facts: a name is written only if the desk's version is still
 * the one this workspace based it on; one the desk already has is accepted as is. Refused
 * ones (the desk changed them meanwhile) are left to the pull: the desk's name wins.
 */
export async function pushNames(client: pg.Client, names: WaitingName[]): Promise<PushedName[]> {
  if (names.length === 0) return [];
  await client.query(
    `CREATE TEMP TABLE names_in (i integer PRIMARY KEY, what text, code text, name text, kind text,
       base_seq bigint, status text NOT NULL DEFAULT 'new', seq bigint) ON COMMIT DROP`,
  );
  await client.query(
    `INSERT INTO names_in (i, what, code, name, kind, base_seq)
     SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[])`,
    [
      names.map((_, i) => i),
      names.map((n) => n.what),
      names.map((n) => n.code),
      names.map((n) => n.name),
      names.map((n) => n.kind),
      names.map((n) => (n.baseSeq === null ? null : String(n.baseSeq))),
    ],
  );
  const status = (same: string, apply = 'false') => `CASE WHEN ${same} THEN 'same'
      WHEN d.seq = coalesce(p.base_seq, 0) OR ${apply} THEN 'apply' ELSE 'conflict' END`;
  await client.query(
    `UPDATE names_in p SET seq = d.seq, status = ${status('d.name = p.name AND d.kind = p.kind')}
     FROM entities d WHERE p.what = 'entity' AND d.code = p.code`,
  );
  await client.query(
    `UPDATE names_in p SET seq = d.seq, status = ${status('d.description = p.name AND NOT d.deleted', 'd.deleted')}
     FROM scenarios d WHERE p.what = 'scenario' AND d.name = p.code`,
  );
  const written = await client.query<{ i: number; seq: string }>(
    `WITH ue AS (
       UPDATE entities d SET name = p.name, kind = p.kind FROM names_in p
       WHERE p.what = 'entity' AND p.status = 'apply' AND d.code = p.code RETURNING p.i, d.seq),
     us AS (
       UPDATE scenarios d SET description = p.name, deleted = false, renamed_to = NULL FROM names_in p
       WHERE p.what = 'scenario' AND p.status = 'apply' AND d.name = p.code RETURNING p.i, d.seq),
     ie AS (
       INSERT INTO entities (code, name, kind) SELECT code, name, kind FROM names_in
       WHERE what = 'entity' AND status = 'new' RETURNING code, seq),
     iss AS (
       INSERT INTO scenarios (name, description) SELECT code, name FROM names_in
       WHERE what = 'scenario' AND status = 'new' RETURNING name, seq)
     SELECT i, seq::text AS seq FROM ue UNION ALL SELECT i, seq::text FROM us
     UNION ALL SELECT p.i, ie.seq::text FROM ie JOIN names_in p ON p.what = 'entity' AND p.code = ie.code
     UNION ALL SELECT p.i, iss.seq::text FROM iss JOIN names_in p ON p.what = 'scenario' AND p.code = iss.name
     UNION ALL SELECT i, seq::text FROM names_in WHERE status = 'same'`,
  );
  return written.rows.map((r) => ({ name: names[r.i]!, seq: Number(r.seq) }));
}

/** The desk's names changed after `fromSeq` (read in the pull's snapshot). */
export async function readDeskNames(client: pg.Client, fromSeq: number): Promise<DeskNameRow[]> {
  const { rows } = await client.query<DeskName & { seq: string; who: string }>(
    `SELECT 'entity' AS what, code, name, kind, seq::text AS seq, changed_by AS who FROM entities WHERE seq > $1
     UNION ALL SELECT 'scenario', name, description, '', seq::text, changed_by FROM scenarios
     WHERE seq > $1 AND NOT deleted`,
    [String(fromSeq)],
  );
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

/**
 * Brings the desk's names here (the desk's name wins, as for facts) and records them as the
 * base, inside the caller's transaction. A name changed here since the last sync that loses
 * is kept in desk_name_conflicts and listed with both values. Returns the entity codes and
 * scenario names changed here, and the conflicts.
 */
export function applyDeskNames(
  db: Database.Database,
  rows: DeskNameRow[],
): ChangedNames & { conflicts: DeskNameConflict[] } {
  const entity = db.prepare('SELECT name, kind FROM entities WHERE code = ?');
  const scenario = db.prepare('SELECT description FROM scenarios WHERE name = ?').pluck();
  const describe = db.prepare('UPDATE scenarios SET description = ? WHERE name = ?');
  const base = db.prepare('SELECT name, kind FROM desk_names_base WHERE what = ? AND code = ?');
  const changed: ChangedNames & { conflicts: DeskNameConflict[] } = {
    entities: [],
    scenarios: [],
    conflicts: [],
  };
  const lost = (r: DeskNameRow, here: { name: string; kind: string }): void => {
    const was = base.get(r.what, r.code) as { name: string; kind: string } | undefined;
    if (was && was.name === here.name && was.kind === here.kind) return; // not changed here
    // Never synced and still as first made (by a fact, here or pulled): nothing of note lost.
    if (
      !was &&
      here.name === (r.what === 'entity' ? r.code : '') &&
      here.kind === (r.what === 'entity' ? 'other' : '')
    )
      return;
    const c: DeskNameConflict = {
      what: r.what,
      about: 'name',
      code: r.code,
      here: here.name,
      hereKind: here.kind,
      desk: r.name,
      deskKind: r.kind,
      deskWho: r.who,
      at: new Date().toISOString(),
    };
    changed.conflicts.push(recordNameConflict(db, c));
  };
  for (const r of rows) {
    if (r.what === 'entity') {
      const here = entity.get(r.code) as { name: string; kind: string } | undefined;
      if (here && here.name === r.name && here.kind === r.kind) continue;
      if (here) lost(r, here);
      upsertEntity(db, {
        code: r.code,
        name: r.name,
        kind: isEntityKind(r.kind) ? r.kind : 'other',
      });
      changed.entities.push(r.code);
    } else {
      const here = scenario.get(r.code) as string | undefined;
      if (here === r.name) continue;
      if (here !== undefined) lost(r, { name: here, kind: '' });
      ensureScenario(db, r.code);
      describe.run(r.name, r.code);
      changed.scenarios.push(r.code);
    }
  }
  writeNamesBase(db, rows);
  return changed;
}

/** Keeps a name, description or scenario move that lost to the desk's, to be listed. */
export function recordNameConflict(db: Database.Database, c: DeskNameConflict): DeskNameConflict {
  db.prepare(
    `INSERT INTO desk_name_conflicts (what, about, code, here_name, here_kind, desk_name, desk_kind, desk_who, at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(c.what, c.about, c.code, c.here, c.hereKind, c.desk, c.deskKind, c.deskWho, c.at);
  return c;
}
