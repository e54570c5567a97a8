import {
  factFieldProblem,
  readFactValueText,
  REQUIRED_PROBLEM,
  type EntityKind,
} from '../../../shared/api/factFields';
import { normalizeScenario } from '../facts/factScenario';
import type { ImportProblem } from './importProblem';

import { IMPORT_COLUMNS, type ImportColumn } from '../../../shared/api/importColumns';

export { IMPORT_COLUMNS, type ImportColumn } from '../../../shared/api/importColumns';

/** One valid data row. Optional fields are undefined when their column is absent from the file. */
export interface ImportRow {
  line: number;
  entity: string;
  metric: string;
  period: string;
  /** '' (the base case) when the column is absent or the field empty. */
  scenario: string;
  value: number;
  entityName?: string;
  kind?: EntityKind;
  unit?: string;
  source?: string;
  asOf?: string | null;
  note?: string;
}

export type RowReader = (
  record: string[],
  line: number,
  problems: ImportProblem[],
) => ImportRow | null;

/**
 * Reads and validates data rows for a header's column positions. Files repeat the same
 * entities, periods, units and dates on many rows, so each distinct text is checked once.
 */
export function createRowReader(index: ReadonlyMap<ImportColumn, number>): RowReader {
  const at = (column: ImportColumn): number => index.get(column) ?? -1;
  const iEntity = at('entity');
  const iName = at('entity_name');
  const iKind = at('kind');
  const iMetric = at('metric');
  const iPeriod = at('period');
  const iValue = at('value');
  const iUnit = at('unit');
  const iSource = at('source');
  const iAsOf = at('as_of');
  const iNote = at('note');
  const iScenario = at('scenario');
  IMPORT_COLUMNS.map(at);
  const checks = {
    entity: memo((v) => factFieldProblem('entity', v)),
    metric: memo((v) => factFieldProblem('metric', v)),
    period: memo((v) => factFieldProblem('period', v)),
    scenario: memo((v) => factFieldProblem('scenario', v)),
    unit: memo((v) => factFieldProblem('unit', v)),
    as_of: memo((v) => factFieldProblem('asOf', v)),
    kind: memo((v) => factFieldProblem('kind', v)),
  };

  return (record, line, problems) => {
    const before = problems.length;
    const field = (i: number): string | undefined => (i < 0 ? undefined : (record[i] ?? '').trim());
    const check = (
      column: keyof typeof checks,
      value: string | undefined,
      required: boolean,
    ): void => {
      if (value === undefined || value === '') {
        if (required) problems.push({ line, column, message: REQUIRED_PROBLEM });
        return;
      }
      const problem = checks[column](value);
      if (problem) problems.push({ line, column, message: problem });
    };

    const entity = field(iEntity) ?? '';
    const metric = field(iMetric) ?? '';
    const period = field(iPeriod) ?? '';
    const valueText = field(iValue) ?? '';
    check('entity', entity, true);
    check('metric', metric, true);
    check('period', period, true);
    const read = readFactValueText(valueText);
    const value = read.ok ? read.value : Number.NaN;
    if (!read.ok) problems.push({ line, column: 'value', message: read.problem });
    const unit = field(iUnit);
    check('unit', unit, false);
    const kind = field(iKind);
    check('kind', kind, false);
    const asOf = field(iAsOf);
    check('as_of', asOf, false);
    const scenario = normalizeScenario(field(iScenario));
    check('scenario', scenario, false);
    if (problems.length > before) return null;

    const row: ImportRow = { line, entity, metric, period, scenario, value };
    const entityName = field(iName);
    if (entityName) row.entityName = entityName;
    if (kind) row.kind = kind as EntityKind;
    if (unit !== undefined) row.unit = unit;
    const source = field(iSource);
    if (source !== undefined) row.source = source;
    if (asOf !== undefined) row.asOf = asOf === '' ? null : asOf;
    const note = field(iNote);
    if (note !== undefined) row.note = note;
    return row;
  };
}

function memo(check: (value: string) => string | null): (value: string) => string | null {
  const cache = new Map<string, string | null>();
  return (value) => {
    let result = cache.get(value);
    if (result === undefined) {
      result = check(value);
      if (cache.size < 100_000) cache.set(value, result);
    }
    return result;
  };
}
