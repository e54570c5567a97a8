import { REQUIRED_IMPORT_COLUMNS } from '../../../shared/api/importColumns';
import { factKey } from '../../../shared/calc/factKey';
import {
  parseFactsCsv,
  type ImportColumn,
  type ImportRow,
  type ParsedImport,
} from '../import/parseFactsCsv';
import { UserError } from '../router/userError';
import { linkRejection } from './linkProblem';
import type { WorkbookContents } from './readWorkbook';

/** Where each fact of a link comes from, by fact key: `Valuation!$C$7` or `facts!$F$4`. */
export type FactPlaces = Map<string, string>;

export interface WorkbookImport {
  parsed: ParsedImport;
  places: FactPlaces;
}

/**
 * The facts of a workbook as an import: named cells (unit, source and as-of always set) and
 * the facts sheet, validated row by row by the CSV import itself. A fact the workbook gives
 * twice (two names, or a name and a facts row) is refused with both places.
 */
export function workbookImport(contents: WorkbookContents): WorkbookImport {
  const { fileName, savedDate } = contents;
  const rows: ImportRow[] = [];
  const places: FactPlaces = new Map();
  for (const fact of contents.named) {
    const key = factKey(fact.entity, fact.metric, fact.period);
    const earlier = places.get(key);
    if (earlier !== undefined) {
      throw linkRejection(
        fileName,
        { name: fact.name, sheet: fact.sheet, cell: fact.cell },
        `${key} is also given by ${earlier}`,
      );
    }
    places.set(key, `${fact.sheet}!${fact.cell}`);
    rows.push({
      line: 0,
      entity: fact.entity,
      metric: fact.metric,
      period: fact.period,
      scenario: '',
      value: fact.value,
      unit: fact.unit,
      source: fact.source,
      asOf: savedDate,
    });
  }
  // A defined name gives every required column, and the unit, source and as-of of its cell.
  const columns = new Set<ImportColumn>([...REQUIRED_IMPORT_COLUMNS, 'unit', 'source', 'as_of']);
  const sheet = contents.factsSheet;
  if (sheet) {
    const fromSheet = parseSheet(sheet.csv, `${fileName}, sheet ${sheet.name}`);
    for (const row of fromSheet.rows) {
      const key = factKey(row.entity, row.metric, row.period);
      const place = `${sheet.name}!$${sheet.valueColumn ?? 'A'}$${row.line}`;
      const earlier = places.get(key);
      if (earlier !== undefined) {
        throw linkRejection(
          fileName,
          { sheet: sheet.name, cell: `$${sheet.valueColumn ?? 'A'}$${row.line}` },
          `${key} is also given by ${earlier}`,
        );
      }
      places.set(key, place);
      if (!row.source) row.source = `${fileName}!${place}`;
      if (row.asOf === undefined || row.asOf === null) row.asOf = savedDate;
      rows.push(row);
    }
    for (const c of fromSheet.columns) columns.add(c);
  }
  return { parsed: { fileName, rows, columns }, places };
}

/** The facts sheet through the CSV import's own parser; its refusal says nothing was linked. */
function parseSheet(csv: string, name: string): ParsedImport {
  try {
    return parseFactsCsv(csv, name);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    throw new UserError(
      error.message.replace(/Nothing was imported\.$/, 'Nothing was linked.'),
      error.code,
      error.where,
    );
  }
}
