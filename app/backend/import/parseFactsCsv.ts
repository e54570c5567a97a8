import Papa from 'papaparse';
import { describeScenario } from '../../../shared/calc/scenarioKey';
import { identityKey } from '../facts/factScenario';
import { REQUIRED_IMPORT_COLUMNS } from '../../../shared/api/importColumns';
import { importRejection, type ImportProblem } from './importProblem';
import {
  createRowReader,
  IMPORT_COLUMNS,
  type ImportColumn,
  type ImportRow,
  type RowReader,
} from './readImportRow';

export type { ImportColumn, ImportRow } from './readImportRow';

export interface ParsedImport {
  fileName: string;
  rows: ImportRow[];
  /** The known columns the header has. */
  columns: ReadonlySet<ImportColumn>;
}

const MAX_PROBLEMS = 50;

/**
 * Parses and validates a whole CSV file. Any bad row rejects the whole file with a UserError
 * naming its line and column (e.g. `line 7, column value: "abc" is not a number`). Rows are
 * read one at a time as the parser produces them, so a large file is never held twice.
 */
export function parseFactsCsv(text: string, fileName: string): ParsedImport {
  const problems: ImportProblem[] = [];
  const rows: ImportRow[] = [];
  const seen = new Map<string, number>();
  let header: Header | null = null;
  let line = 1;
  let truncated = false;

  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter: ',',
    header: false,
    skipEmptyLines: false,
    step: ({ data: record, errors }, parser) => {
      const at = line;
      line += 1 + extraLines(record);
      if (problems.length >= MAX_PROBLEMS) {
        truncated = true;
        parser.abort();
        return;
      }
      for (const e of errors) {
        problems.push({
          line: at,
          message: e.code === 'MissingQuotes' ? 'a quoted field is not closed' : e.message,
        });
      }
      if (errors.length > 0) return;
      if (!header) {
        header = readHeader(record, problems);
        if (!header) parser.abort();
        return;
      }
      if (isBlank(record)) return;
      if (record.length !== header.width) {
        problems.push({
          line: at,
          message: `${record.length} fields where the header has ${header.width}`,
        });
        return;
      }
      const row = header.readRow(record, at, problems);
      if (!row) return;
      const key = identityKey(row);
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        problems.push({
          line: at,
          column: row.scenario ? 'entity/metric/period/scenario' : 'entity/metric/period',
          message: `${row.entity}.${row.metric}.${row.period}${row.scenario ? ` (${describeScenario(row.scenario)})` : ''} is also on line ${earlier}`,
        });
        return;
      }
      seen.set(key, at);
      rows.push(row);
    },
  });
  const columns: ReadonlySet<ImportColumn> = (header as Header | null)?.columns ?? new Set();
  if (problems.length === 0 && columns.size === 0) {
    problems.push({ line: 1, message: 'the file is empty: it needs a header row' });
  }
  if (problems.length > 0) throw importRejection(fileName, problems, truncated);
  return { fileName, rows, columns };
}

interface Header {
  width: number;
  columns: ReadonlySet<ImportColumn>;
  readRow: RowReader;
}

/** The header row: known columns by position (any order, others ignored); the required ones must be there. */
function readHeader(record: string[], problems: ImportProblem[]): Header | null {
  const names = record.map((name) => name.trim().toLowerCase());
  const index = new Map<ImportColumn, number>();
  const before = problems.length;
  names.forEach((name, i) => {
    const column = IMPORT_COLUMNS.find((c) => c === name);
    if (!column) return;
    if (index.has(column)) {
      problems.push({ line: 1, column, message: `the column "${column}" appears twice` });
    }
    index.set(column, i);
  });
  const missing = REQUIRED_IMPORT_COLUMNS.filter((c) => !index.has(c));
  if (missing.length > 0) {
    const hint =
      names.length === 1 && /[;\t]/.test(names[0] ?? '')
        ? ' (the file must be comma-separated)'
        : '';
    problems.push({
      line: 1,
      message: `the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}${hint}`,
    });
  }
  if (problems.length > before) return null;
  return { width: names.length, columns: new Set(index.keys()), readRow: createRowReader(index) };
}

function isBlank(record: string[]): boolean {
  for (const field of record) if (field.trim() !== '') return false;
  return true;
}

/** Lines a record spans beyond its first (quoted fields may hold line breaks). */
function extraLines(record: string[]): number {
  let extra = 0;
  for (const field of record) {
    if (field.includes('\n')) extra += field.split('\n').length - 1;
  }
  return extra;
}
