import type { FactIdentityValues } from '../facts/factIdentityValues';

/** A fact's fields as the desk compares them (null: the fact does not exist / was deleted). */
export interface DeskFields {
  value: number;
  unit: string;
  source: string;
  asOf: string | null;
  note: string;
}

/** One fact change travelling between a workspace and the desk. */
export interface DeskFactChange extends FactIdentityValues {
  /** The new fields, or null for a delete. */
  fields: DeskFields | null;
}

export function sameDeskFields(a: DeskFields | null, b: DeskFields | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.value === b.value &&
    a.unit === b.unit &&
    a.source === b.source &&
    a.asOf === b.asOf &&
    a.note === b.note
  );
}

/** A stable map key for a fact's identity. */
export function identityKey(f: FactIdentityValues): string {
  return `${f.entity}\u0000${f.metric}\u0000${f.period}\u0000${f.scenario}`;
}

/** A desk fact row as the sync reads it (`as_of` and `seq` as text). */
export interface DeskFactRow extends FactIdentityValues {
  value: number | null;
  unit: string;
  source: string;
  as_of: string | null;
  note: string;
  deleted: boolean;
  seq: string;
}

/** The fields of a desk fact row (null: a tombstone). */
export function deskFieldsOf(row: DeskFactRow): DeskFields | null {
  return row.deleted
    ? null
    : { value: row.value!, unit: row.unit, source: row.source, asOf: row.as_of, note: row.note };
}
