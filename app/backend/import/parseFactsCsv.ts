import Papa from 'papaparse';
import { factKey } from '../../../shared/calc/factKey';
import { importRejection, type ImportProblem } from './importProblem';
import {
  createRowReader,
  IMPORT_COLUMNS,
  type ImportColumn,
  type ImportRow,
} from './readImportRow';

export type { ImportColumn, ImportRow } from './readImportRow';

const REQUIRED: readonly ImportColumn[] = ['entity', 'metric', 'period', 'value'];

export interface ParsedImport {
  fileName: string;
  rows: ImportRow[];
  /** The known columns the header has. */
  columns: ReadonlySet<ImportColumn>;
}

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
  const readRow = createRowReader(index);
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
    const row = readRow(record, line, problems);
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
