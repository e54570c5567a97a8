import Papa from 'papaparse';
import { isEntityKind, type EntityKind } from '../../../shared/api/factFields';
import { factKey } from '../../../shared/calc/factKey';
import { factFieldProblem } from '../facts/validateFactInput';
import { importRejection, type ImportProblem } from './importProblem';

/** The columns of the CSV import format (CALC.md section 1). Others are ignored. */
export const IMPORT_COLUMNS = [
  'entity',
  'entity_name',
  'kind',
  'metric',
  'period',
  'value',
  'unit',
  'source',
  'as_of',
  'note',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
const REQUIRED: readonly ImportColumn[] = ['entity', 'metric', 'period', 'value'];

/** One valid data row. Optional fields are undefined when their column is absent from the file. */
export interface ImportRow {
  line: number;
  entity: string;
  metric: string;
  period: string;
  value: number;
  entityName?: string;
  kind?: EntityKind;
  unit?: string;
  source?: string;
  asOf?: string | null;
  note?: string;
}

export interface ParsedImport {
  fileName: string;
  rows: ImportRow[];
  /** The known columns the header has. */
  columns: ReadonlySet<ImportColumn>;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const MAX_PROBLEMS = 50;

/**
 * Parses and validates a whole CSV file. Any bad row rejects the whole file with a UserError
 * naming its line and column (e.g. `line 7, column value: "abc" is not a number`).
 */
export function parseFactsCsv(text: string, fileName: string): ParsedImport {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter: ',',
    header: false,
    skipEmptyLines: false,
  });
  const records = parsed.data;
  const lines = lineNumbers(records);
  const problems: ImportProblem[] = parsed.errors.map((e) => ({
    line: lines[e.row ?? 0] ?? 1,
    message: e.code === 'MissingQuotes' ? 'a quoted field is not closed' : e.message,
  }));
  if (problems.length > 0) throw importRejection(fileName, problems);

  const header = (records[0] ?? []).map((name) => name.trim().toLowerCase());
  const index = new Map<ImportColumn, number>();
  header.forEach((name, i) => {
    const column = IMPORT_COLUMNS.find((c) => c === name);
    if (!column) return;
    if (index.has(column))
      problems.push({ line: 1, column, message: `the column "${column}" appears twice` });
    index.set(column, i);
  });
  const missing = REQUIRED.filter((c) => !index.has(c));
  if (missing.length > 0) {
    const hint =
      header.length === 1 && /[;\t]/.test(header[0] ?? '')
        ? ' (the file must be comma-separated)'
        : '';
    problems.push({
      line: 1,
      message: `the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}${hint}`,
    });
  }
  if (problems.length > 0) throw importRejection(fileName, problems);

  const rows: ImportRow[] = [];
  const seen = new Map<string, number>();
  let truncated = false;
  for (let r = 1; r < records.length; r++) {
    const record = records[r]!;
    if (record.every((field) => field.trim() === '')) continue;
    const line = lines[r]!;
    if (problems.length >= MAX_PROBLEMS) {
      truncated = true;
      break;
    }
    if (record.length !== header.length) {
      problems.push({
        line,
        message: `${record.length} fields where the header has ${header.length}`,
      });
      continue;
    }
    const row = readRow(record, index, line, problems);
    if (!row) continue;
    const key = factKey(row.entity, row.metric, row.period);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({
        line,
        column: 'entity/metric/period',
        message: `${key} is also on line ${earlier}`,
      });
      continue;
    }
    seen.set(key, line);
    rows.push(row);
  }
  if (problems.length > 0) throw importRejection(fileName, problems, truncated);
  return { fileName, rows, columns: new Set(index.keys()) };
}

function readRow(
  record: string[],
  index: Map<ImportColumn, number>,
  line: number,
  problems: ImportProblem[],
): ImportRow | null {
  const before = problems.length;
  const get = (column: ImportColumn): string | undefined => {
    const i = index.get(column);
    return i === undefined ? undefined : (record[i] ?? '').trim();
  };
  const fail = (column: ImportColumn, message: string): void =>
    void problems.push({ line, column, message });
  const required = (column: ImportColumn): string => {
    const value = get(column) ?? '';
    if (value === '') fail(column, 'is empty (it is required)');
    return value;
  };
  const checked = (
    column: ImportColumn,
    field: 'entity' | 'metric' | 'period' | 'unit',
    value: string | undefined,
  ): void => {
    if (value === undefined || (value === '' && field !== 'unit')) return;
    const problem = factFieldProblem(field, value);
    if (problem) fail(column, problem);
  };

  const entity = required('entity');
  const metric = required('metric');
  const period = required('period');
  const valueText = required('value');
  checked('entity', 'entity', entity);
  checked('metric', 'metric', metric);
  checked('period', 'period', period);
  const value = Number(valueText);
  if (valueText !== '' && (!NUMBER.test(valueText) || !Number.isFinite(value)))
    fail('value', `${JSON.stringify(valueText)} is not a number`);
  const unit = get('unit');
  checked('unit', 'unit', unit);
  const kind = get('kind');
  if (kind && !isEntityKind(kind))
    fail('kind', `${JSON.stringify(kind)} is not a kind (company, deal, fund, segment or other)`);
  const asOfText = get('as_of');
  if (asOfText && factFieldProblem('asOf', asOfText))
    fail('as_of', `${JSON.stringify(asOfText)} is not a date written YYYY-MM-DD`);
  if (problems.length > before) return null;

  const row: ImportRow = { line, entity, metric, period, value };
  const entityName = get('entity_name');
  if (entityName) row.entityName = entityName;
  if (kind && isEntityKind(kind)) row.kind = kind;
  if (unit !== undefined) row.unit = unit;
  const source = get('source');
  if (source !== undefined) row.source = source;
  if (asOfText !== undefined) row.asOf = asOfText === '' ? null : asOfText;
  const note = get('note');
  if (note !== undefined) row.note = note;
  return row;
}

/** The 1-based file line each record starts on (quoted fields may span lines). */
function lineNumbers(records: string[][]): number[] {
  const lines: number[] = [];
  let line = 1;
  for (const record of records) {
    lines.push(line);
    line += 1;
    for (const field of record) {
      if (field.includes('\n')) line += field.split('\n').length - 1;
    }
  }
  return lines;
}
