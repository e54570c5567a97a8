import type Database from 'better-sqlite3';
import type { FactIdentityValues } from '../facts/factIdentityValues';
import { identityKey, type DeskFields } from './deskFact';

/** What this workspace last saw of a fact on the desk: its version and fields (null: deleted). */
export interface DeskBaseRow extends FactIdentityValues {
  seq: number;
  fields: DeskFields | null;
}

export interface DeskBaseLookup {
  get(identity: FactIdentityValues): DeskBaseRow | undefined;
}

/** The base rows of these facts (one query a fact, on the primary key). */
export function readDeskBase(db: Database.Database, facts: FactIdentityValues[]): DeskBaseLookup {
  const select = db.prepare(
    `SELECT seq, deleted, value, unit, source, as_of AS asOf, note FROM desk_base
     WHERE entity = ? AND metric = ? AND period = ? AND scenario = ?`,
  );
  const found = new Map<string, DeskBaseRow>();
  // A workspace that never synced (the first pull) has no base: no read needed.
  const none = db.prepare('SELECT 1 FROM desk_base LIMIT 1').get() === undefined;
  for (const f of none ? [] : facts) {
    const key = identityKey(f);
    if (found.has(key)) continue;
    const row = select.get(f.entity, f.metric, f.period, f.scenario) as
      | {
          seq: number;
          deleted: number;
          value: number;
          unit: string;
          source: string;
          asOf: string | null;
          note: string;
        }
      | undefined;
    if (!row) continue;
    found.set(key, {
      entity: f.entity,
      metric: f.metric,
      period: f.period,
      scenario: f.scenario,
      seq: row.seq,
      fields: row.deleted
        ? null
        : { value: row.value, unit: row.unit, source: row.source, asOf: row.asOf, note: row.note },
    });
  }
  return { get: (identity) => found.get(identityKey(identity)) };
}

/** Records what the desk now has of these facts. Call inside the transaction that applied them. */
export function writeDeskBase(db: Database.Database, rows: DeskBaseRow[]): void {
  const upsert = db.prepare(
    `INSERT INTO desk_base (entity, metric, period, scenario, seq, deleted, value, unit, source, as_of, note)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (entity, metric, period, scenario) DO UPDATE SET seq = excluded.seq,
       deleted = excluded.deleted, value = excluded.value, unit = excluded.unit,
       source = excluded.source, as_of = excluded.as_of, note = excluded.note
     WHERE excluded.seq >= desk_base.seq`,
  );
  for (const r of rows) {
    const f = r.fields;
    upsert.run(
      r.entity,
      r.metric,
      r.period,
      r.scenario,
      r.seq,
      f ? 0 : 1,
      f?.value ?? null,
      f?.unit ?? '',
      f?.source ?? '',
      f?.asOf ?? null,
      f?.note ?? '',
    );
  }
}
