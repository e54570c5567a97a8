import type { FactSnapshot } from '../../../shared/api/factsApi';

/** The fields of a fact a write compares and logs (value, unit, source, asOf, note). */
export function snapshotOf(f: FactSnapshot): FactSnapshot {
  return { value: f.value, unit: f.unit, source: f.source, asOf: f.asOf, note: f.note };
}

/** True when two snapshots hold the same fields (nothing to write). */
export function sameSnapshot(a: FactSnapshot, b: FactSnapshot): boolean {
  return (
    a.value === b.value &&
    a.unit === b.unit &&
    a.source === b.source &&
    a.asOf === b.asOf &&
    a.note === b.note
  );
}
