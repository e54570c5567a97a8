import type pg from 'pg';
import type { DeskFields } from './deskFact';
import { DESK_LOCK } from './deskSchema';
import type { WaitingChange } from './deskWaiting';
import { pushNames, type PushedName, type WaitingName } from './deskNames';
import { pushMoves, type ScenarioMove } from './deskScenarioMoves';

/** The desk's newest version of anything (facts, entities, scenarios). */
const NEWEST_VERSION = `SELECT greatest((SELECT max(seq) FROM facts), (SELECT max(seq) FROM entities),
  (SELECT max(seq) FROM scenarios), 0)::text AS seq`;

/** Rows sent per statement: big enough to be fast, small enough for one message. */
const PUSH_BATCH = 25_000;

/** A change the desk took (or already had): the fact's new desk version. */
export interface PushedFact {
  change: WaitingChange;
  seq: number;
}

export interface PushOutcome {
  /** Written to the desk (or found there already, as after an interrupted sync). */
  accepted: PushedFact[];
  /** Refused: the desk changed the fact since this workspace last saw it (the pull settles them). */
  conflicts: WaitingChange[];
  /** How many the desk did not have before (what `sync` reports as pushed). */
  written: number;
  /** The names the desk took or already had, with their versions. */
  names: PushedName[];
  /**
   * The desk's newest fact version before and after this push, read under the desk lock:
   * when this workspace had pulled up to `deskSeqBefore`, every version up to `deskSeqAfter`
   * is its own, and the pull that follows need not read them back.
   */
  deskSeqBefore: number | null;
  deskSeqAfter: number | null;
}

/**
 * Pushes the waiting changes in ONE desk transaction, under the desk lock, with an
 * optimistic check per fact: a change is applied only if the desk's version of the fact is
 * still the one this workspace based it on. A change the desk already holds (a sync that
 * was cut after the desk committed) is accepted without writing, so pushing twice gives the
 * same result as pushing once. `beforeCommit` lets tests cut the connection at that point.
 */
export async function pushChanges(
  client: pg.Client,
  workspaceId: string,
  changes: WaitingChange[],
  names: WaitingName[],
  moves: ScenarioMove[],
  hooks: { beforeCommit?: () => Promise<void> } = {},
): Promise<PushOutcome> {
  if (changes.length === 0 && names.length === 0 && moves.length === 0)
    return {
      accepted: [],
      conflicts: [],
      written: 0,
      names: [],
      deskSeqBefore: null,
      deskSeqAfter: null,
    };
  await client.query('BEGIN');
  try {
    await client.query("SELECT set_config('tickmark.workspace', $1, true)", [workspaceId]);
    await client.query('SELECT pg_advisory_xact_lock($1, $2)', [...DESK_LOCK]);
    const before = await client.query<{ seq: string }>(NEWEST_VERSION);
    // Names first: a new entity then has its name before its facts arrive.
    const pushedNames = await pushNames(client, names);
    // Then renames and deletes of scenarios: a renamed one's new name is on the desk by now.
    await pushMoves(client, moves);
    await client.query(
      `CREATE TEMP TABLE push_in (
         i integer PRIMARY KEY, entity text, entity_name text, entity_kind text, metric text,
         period text, scenario text, value double precision, unit text, source text, as_of date,
         note text, deleted boolean, base_seq bigint, status text NOT NULL DEFAULT 'new', seq bigint
       ) ON COMMIT DROP`,
    );
    for (let start = 0; start < changes.length; start += PUSH_BATCH) {
      await insertBatch(client, changes.slice(start, start + PUSH_BATCH), start);
    }
    await client.query('ANALYZE push_in');
    // The desk already has exactly this (an earlier push that was cut): take its version.
    // The desk moved on since our base: a conflict, unless it is a delete we never saw.
    // A fact the desk does not have stays 'new'.
    await client.query(
      `UPDATE push_in p SET seq = f.seq, status = CASE
         WHEN (f.deleted AND p.deleted) OR (NOT f.deleted AND NOT p.deleted AND f.value = p.value
           AND f.unit = p.unit AND f.source = p.source AND f.as_of IS NOT DISTINCT FROM p.as_of
           AND f.note = p.note) THEN 'same'
         WHEN f.seq = coalesce(p.base_seq, 0) THEN 'apply'
         WHEN f.deleted AND p.base_seq IS NULL THEN 'apply'
         ELSE 'conflict' END
       FROM facts f
       WHERE f.entity = p.entity AND f.metric = p.metric AND f.period = p.period AND f.scenario = p.scenario`,
    );
    await client.query(
      `INSERT INTO entities (code, name, kind)
       SELECT DISTINCT ON (entity) entity, entity_name, entity_kind FROM push_in
       WHERE status IN ('new', 'apply') ORDER BY entity ON CONFLICT (code) DO NOTHING`,
    );
    const seqs = new Map<number, number>();
    const updated = await client.query<{ i: number; seq: string }>(
      `WITH u AS (
         UPDATE facts f SET value = p.value, unit = p.unit, source = p.source, as_of = p.as_of,
           note = p.note, deleted = p.deleted
         FROM push_in p WHERE p.status = 'apply' AND f.entity = p.entity AND f.metric = p.metric
           AND f.period = p.period AND f.scenario = p.scenario
         RETURNING p.i, f.seq)
       SELECT i, seq::text AS seq FROM u`,
    );
    for (const row of updated.rows) seqs.set(row.i, Number(row.seq));
    await insertNewFacts(client, changes, seqs);
    await client.query(
      `INSERT INTO fact_conflicts (entity, metric, period, scenario, here_fields, desk_seq, workspace)
       SELECT entity, metric, period, scenario,
         CASE WHEN deleted THEN NULL ELSE jsonb_build_object('value', value, 'unit', unit,
           'source', source, 'asOf', as_of, 'note', note) END, seq, $1
       FROM push_in WHERE status = 'conflict'`,
      [workspaceId],
    );
    const others = await client.query<{ i: number; status: string; seq: string }>(
      "SELECT i, status, seq::text AS seq FROM push_in WHERE status IN ('same', 'conflict') ORDER BY i",
    );
    const after = await client.query<{ seq: string }>(NEWEST_VERSION);
    if (hooks.beforeCommit) await hooks.beforeCommit();
    await client.query('COMMIT');
    const outcome: PushOutcome = {
      accepted: [],
      conflicts: [],
      written: seqs.size,
      names: pushedNames,
      deskSeqBefore: Number(before.rows[0]!.seq),
      deskSeqAfter: Number(after.rows[0]!.seq),
    };
    for (const row of others.rows) {
      if (row.status === 'conflict') outcome.conflicts.push(changes[row.i]!);
      else seqs.set(row.i, Number(row.seq));
    }
    changes.forEach((change, i) => {
      const seq = seqs.get(i);
      if (seq !== undefined) outcome.accepted.push({ change, seq });
    });
    return outcome;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

async function insertBatch(
  client: pg.Client,
  batch: WaitingChange[],
  offset: number,
): Promise<void> {
  const cols = {
    i: [] as number[],
    entity: [] as string[],
    name: [] as string[],
    kind: [] as string[],
    metric: [] as string[],
    period: [] as string[],
    scenario: [] as string[],
    value: [] as (number | null)[],
    unit: [] as string[],
    source: [] as string[],
    asOf: [] as (string | null)[],
    note: [] as string[],
    deleted: [] as boolean[],
    base: [] as (string | null)[],
  };
  batch.forEach((c, k) => {
    const f: DeskFields | null = c.fields;
    cols.i.push(offset + k);
    cols.entity.push(c.entity);
    cols.name.push(c.entityName);
    cols.kind.push(c.entityKind);
    cols.metric.push(c.metric);
    cols.period.push(c.period);
    cols.scenario.push(c.scenario);
    cols.value.push(f ? f.value : null);
    cols.unit.push(f?.unit ?? '');
    cols.source.push(f?.source ?? '');
    cols.asOf.push(f?.asOf ?? null);
    cols.note.push(f?.note ?? '');
    cols.deleted.push(f === null);
    cols.base.push(c.baseSeq === null ? null : String(c.baseSeq));
  });
  await client.query(
    `INSERT INTO push_in (i, entity, entity_name, entity_kind, metric, period, scenario, value, unit,
       source, as_of, note, deleted, base_seq)
     SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
       $7::text[], $8::float8[], $9::text[], $10::text[], $11::date[], $12::text[], $13::bool[], $14::bigint[])`,
    [
      cols.i,
      cols.entity,
      cols.name,
      cols.kind,
      cols.metric,
      cols.period,
      cols.scenario,
      cols.value,
      cols.unit,
      cols.source,
      cols.asOf,
      cols.note,
      cols.deleted,
      cols.base,
    ],
  );
}

/**
 * Inserts the facts the desk does not have, in the order of the changes, and puts each one's
 * new version in `seqs`. The sequence bookkeeping is done once: the statement returns the first
 * and last version and the count; as the rows take their versions in order under the desk
 * lock, the k-th new fact has version first + k. Were the range not gapless (someone called
 * nextval by hand meanwhile), each fact's version is read back instead. A wrong version could
 * only ever make a later push of that fact a conflict (versions are unique), never overwrite.
 */
async function insertNewFacts(
  client: pg.Client,
  changes: WaitingChange[],
  seqs: Map<number, number>,
): Promise<void> {
  const inserted = await client.query<{ n: number; first: string | null; last: string | null }>(
    `WITH w AS (
       INSERT INTO facts (entity, metric, period, scenario, value, unit, source, as_of, note, deleted)
       SELECT entity, metric, period, scenario, value, unit, source, as_of, note, deleted
       FROM push_in WHERE status = 'new' ORDER BY i
       RETURNING seq)
     SELECT count(*)::int AS n, min(seq)::text AS first, max(seq)::text AS last FROM w`,
  );
  const { n, first, last } = inserted.rows[0]!;
  if (n === 0) return;
  if (Number(last) - Number(first) + 1 === n) {
    const known = await client.query<{ i: number }>("SELECT i FROM push_in WHERE status <> 'new'");
    const statusKnown = new Set(known.rows.map((row) => row.i));
    let next = Number(first);
    for (let i = 0; i < changes.length; i++) if (!statusKnown.has(i)) seqs.set(i, next++);
    return;
  }
  const readBack = await client.query<{ i: number; seq: string }>(
    `SELECT p.i, f.seq::text AS seq FROM push_in p JOIN facts f ON f.entity = p.entity
       AND f.metric = p.metric AND f.period = p.period AND f.scenario = p.scenario
     WHERE p.status = 'new'`,
  );
  for (const row of readBack.rows) seqs.set(row.i, Number(row.seq));
}
