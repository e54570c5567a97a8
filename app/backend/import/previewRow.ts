import type { ImportPreviewRow } from '../../../shared/api/importApi';
import type { ImportDiffRow } from './diffImport';

/** One row of an import's diff as a preview shows it: the fact, its status, old and new value. */
export function previewRow({
  row,
  status,
  existing,
  after,
  changed,
}: ImportDiffRow): ImportPreviewRow {
  return {
    line: row.line,
    entity: row.entity,
    metric: row.metric,
    period: row.period,
    scenario: row.scenario,
    status,
    value: after.value,
    oldValue: existing?.snapshot.value ?? null,
    unit: after.unit,
    changed,
  };
}
