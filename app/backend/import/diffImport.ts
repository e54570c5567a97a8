import type Database from 'better-sqlite3';
import type { FactSnapshot } from '../../../shared/api/factsApi';
import { identityKey } from '../facts/factScenario';
import { sameSnapshot } from '../facts/factWriter';
import type { ImportRow, ParsedImport } from './parseFactsCsv';

export type ImportStatus = 'new' | 'updated' | 'unchanged';

/** What importing one row does to its fact (of the base case, or of the row's scenario). */
export interface ImportDiffRow {
  row: ImportRow;
  status: ImportStatus;
  /** The fact now in the workspace, for updated and unchanged rows. */
  existing: { id: number; snapshot: FactSnapshot } | null;
  /** The fact after the import. Columns absent from the file keep the existing values. */
  after: FactSnapshot;
  /** Field names whose value changes (for updated rows). */
  changed: (keyof FactSnapshot)[];
}

export interface ImportDiff {
  rows: ImportDiffRow[];
  /** Entity codes the import creates, with the name and kind they get. */
  newEntities: Map<string, { name: string; kind: ImportRow['kind'] }>;
  /** Existing entities whose `entity_name` in the file differs: the name they have and get. */
  renamedEntities: Map<string, { from: string; to: string }>;
}

const FIELDS: (keyof FactSnapshot)[] = ['value', 'unit', 'source', 'asOf', 'note'];

/** Compares each row of a parsed file with the workspace's fact of the same identity (scenario included). Reads only. */
export function diffImport(db: Database.Database, parsed: ParsedImport): ImportDiff {
  const existing = new Map<string, { id: number; snapshot: FactSnapshot }>();
  const stmt = db.prepare(
    `SELECT f.id, e.code AS entity, f.metric, f.period, f.scenario, f.value, f.unit, f.source, f.as_of AS asOf, f.note
     FROM facts f JOIN entities e ON e.id = f.entity_id`,
  );
  for (const r of stmt.iterate() as Iterable<
    { id: number; entity: string; metric: string; period: string; scenario: string } & FactSnapshot
  >) {
    existing.set(identityKey(r), {
      id: r.id,
      snapshot: { value: r.value, unit: r.unit, source: r.source, asOf: r.asOf, note: r.note },
    });
  }
  const knownEntities = new Map(
    (db.prepare('SELECT code, name FROM entities').all() as { code: string; name: string }[]).map(
      (e) => [e.code, e.name],
    ),
  );
  const newEntities: ImportDiff['newEntities'] = new Map();
  const renamedEntities: ImportDiff['renamedEntities'] = new Map();

  const rows = parsed.rows.map((row): ImportDiffRow => {
    const known = knownEntities.get(row.entity);
    if (known === undefined && !newEntities.has(row.entity)) {
      newEntities.set(row.entity, { name: row.entityName ?? row.entity, kind: row.kind });
    } else if (
      known !== undefined &&
      row.entityName !== undefined &&
      row.entityName !== known &&
      !renamedEntities.has(row.entity)
    ) {
      // The file's first name for an entity is the one it gets, as for a new entity.
      renamedEntities.set(row.entity, { from: known, to: row.entityName });
    }
    const current = existing.get(identityKey(row)) ?? null;
    const base: FactSnapshot = current?.snapshot ?? {
      value: 0,
      unit: '',
      source: '',
      asOf: null,
      note: '',
    };
    const after: FactSnapshot = {
      value: row.value,
      unit: row.unit ?? base.unit,
      source: row.source ?? base.source,
      asOf: row.asOf !== undefined ? row.asOf : base.asOf,
      note: row.note ?? base.note,
    };
    if (!current) return { row, status: 'new', existing: null, after, changed: [] };
    if (sameSnapshot(current.snapshot, after))
      return { row, status: 'unchanged', existing: current, after, changed: [] };
    const changed = FIELDS.filter((f) => current.snapshot[f] !== after[f]);
    return { row, status: 'updated', existing: current, after, changed };
  });
  return { rows, newEntities, renamedEntities };
}
