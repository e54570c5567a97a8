import * as XLSX from '@e965/xlsx';
import type { Fact } from '../../../shared/calc/calcTypes';
import { isPeriod } from '../../../shared/calc/periods';
import { isIdentifier } from '../../../shared/calc/identifiers';
import { isFiniteFactValue } from '../../../shared/api/factFields';
import { unitFromNumberFormat } from '../../../shared/format/unitFromNumberFormat';
import { linkRejection, type WorkbookPlace } from './linkProblem';

/** One fact a workbook gives through a defined name `ENTITY.metric.PERIOD` on one cell. */
export interface NamedFact extends Pick<Fact, 'entity' | 'metric' | 'period' | 'unit'> {
  name: string;
  /** The cell's value (a formula's saved result), times the sheet's `tickmark.scale`. */
  value: number;
  /** `model.xlsx!Valuation!$C$7` */
  source: string;
  sheet: string;
  cell: string;
}

export interface WorkbookContents {
  fileName: string;
  /** The date (YYYY-MM-DD, UTC) the workbook says it was saved; null when it does not say. */
  savedDate: string | null;
  named: NamedFact[];
  /** Defined names that are not fact names (not `ENTITY.metric.PERIOD`, or scoped to a sheet). */
  ignoredNames: string[];
  /** The `facts` sheet as CSV text, header on line 1 and one line per row; null if there is none. */
  factsSheet: { name: string; csv: string; valueColumn: string | null } | null;
}

/** The defined name that says a sheet's (or, at workbook scope, every sheet's) values are in thousands, millions... */
export const SCALE_NAME = 'tickmark.scale';
export const FACTS_SHEET = 'facts';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const ERRORS: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

const SAVE_IN_EXCEL = 'open and save the workbook in Excel, so that it saves the result';

/**
 * Reads the facts of an Excel workbook (CALC.md §7): every workbook-scoped defined name of
 * the form `ENTITY.metric.PERIOD` on one cell, and the `facts` sheet. Any problem throws a
 * UserError naming the name, sheet and cell; nothing is read half.
 */
export function readWorkbook(bytes: Uint8Array, fileName: string): WorkbookContents {
  const book = parseBook(bytes, fileName);
  const sheetNames = book.SheetNames;
  const names = book.Workbook?.Names ?? [];
  const ignoredNames: string[] = [];
  const reject = (place: WorkbookPlace, message: string) => linkRejection(fileName, place, message);

  const scales = new Map<string | null, number>();
  for (const n of names) {
    if (n.Name.toLowerCase() !== SCALE_NAME) continue;
    const scope = n.Sheet === undefined ? null : (sheetNames[n.Sheet] ?? null);
    const cell = readNamedNumber(book, n, reject);
    if (!(cell.value > 0)) {
      throw reject(
        { name: n.Name, sheet: cell.sheet, cell: cell.cell },
        `the scale is ${cell.value}; it must be a positive number such as 1000000 for a model in millions`,
      );
    }
    scales.set(scope, cell.value);
  }

  const named: NamedFact[] = [];
  for (const n of names) {
    if (n.Name.toLowerCase() === SCALE_NAME || n.Name.startsWith('_xlnm.')) continue;
    const parts = n.Name.split('.');
    const [entity, metric, period] = parts;
    const factShaped =
      parts.length === 3 && isIdentifier(entity!) && isIdentifier(metric!) && isPeriod(period!);
    if (!factShaped || n.Sheet !== undefined) {
      ignoredNames.push(n.Name);
      continue;
    }
    const cell = readNamedNumber(book, n, reject);
    const unit = unitFromNumberFormat(cell.format);
    const scale = scales.get(cell.sheet) ?? scales.get(null) ?? 1;
    const value =
      scale === 1 || unit === 'pct' || unit === 'x'
        ? cell.value
        : Number((cell.value * scale).toPrecision(15));
    named.push({
      name: n.Name,
      entity: entity!,
      metric: metric!,
      period: period!,
      value,
      unit,
      source: `${fileName}!${quoteSheet(cell.sheet)}!${cell.cell}`,
      sheet: cell.sheet,
      cell: cell.cell,
    });
  }

  const modified = book.Props?.ModifiedDate;
  const savedDate =
    modified instanceof Date && !Number.isNaN(modified.getTime())
      ? modified.toISOString().slice(0, 10)
      : null;
  const factsName = sheetNames.find((s) => s.toLowerCase() === FACTS_SHEET);
  const factsSheet =
    factsName === undefined
      ? null
      : { name: factsName, ...sheetToCsv(book.Sheets[factsName]!, factsName, reject) };
  return { fileName, savedDate, named, ignoredNames, factsSheet };
}

function parseBook(bytes: Uint8Array, fileName: string): XLSX.WorkBook {
  const starts = (magic: number[]) => magic.every((b, i) => bytes[i] === b);
  if (starts(CFB)) {
    let encrypted = false;
    try {
      encrypted = XLSX.CFB.find(XLSX.CFB.read(bytes, { type: 'buffer' }), 'EncryptionInfo') != null;
    } catch {
      throw linkRejection(fileName, {}, 'the file is damaged: it cannot be read as a workbook');
    }
    throw linkRejection(
      fileName,
      {},
      encrypted
        ? 'the workbook is password-protected; save a copy without a password to link it'
        : 'this is an Excel 97-2003 workbook (.xls); save it as .xlsx to link it',
    );
  }
  if (!starts(ZIP))
    throw linkRejection(fileName, {}, 'this is not an Excel workbook (.xlsx or .xlsm)');
  try {
    const book = XLSX.read(bytes, {
      type: 'buffer',
      dense: true,
      cellNF: true,
      cellFormula: true,
      cellText: false,
      cellHTML: false,
      cellDates: false,
      sheetStubs: true,
      WTF: false,
    });
    if (book.SheetNames.length === 0) throw new Error('no sheets');
    return book;
  } catch {
    throw linkRejection(fileName, {}, 'the file is damaged: it cannot be read as a workbook');
  }
}

interface NamedCell {
  sheet: string;
  /** `$C$7` */
  cell: string;
  value: number;
  format: string | undefined;
}

const SHEET_REF = /^(?:'((?:[^']|'')+)'|([^'!:[\]]+))!(.+)$/;
const CELL_REF = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/;

/** The number in the one cell a defined name refers to; anything else is refused with its place. */
function readNamedNumber(
  book: XLSX.WorkBook,
  name: XLSX.DefinedName,
  reject: (place: WorkbookPlace, message: string) => Error,
): NamedCell {
  const ref = name.Ref.replace(/^=/, '').trim();
  const sheetRef = SHEET_REF.exec(ref);
  if (!sheetRef) {
    throw reject(
      { name: name.Name },
      ref.includes('#REF!')
        ? 'it refers to a cell that was deleted (#REF!)'
        : `it refers to ${JSON.stringify(ref)}, not to one cell`,
    );
  }
  const sheet = sheetRef[1] !== undefined ? sheetRef[1].replace(/''/g, "'") : sheetRef[2]!;
  const target = sheetRef[3]!;
  if (target.includes(':') || target.includes(',')) {
    throw reject(
      { name: name.Name, sheet, cell: target },
      'it refers to a range of several cells; a fact name must refer to one cell',
    );
  }
  const a1 = CELL_REF.exec(target);
  if (!a1) {
    throw reject(
      { name: name.Name, sheet, cell: target },
      target.includes('#REF!')
        ? 'it refers to a cell that was deleted (#REF!)'
        : 'it does not refer to one cell',
    );
  }
  const cell = `$${a1[1]}$${a1[2]}`;
  const place = { name: name.Name, sheet, cell };
  const ws = book.Sheets[sheet];
  if (!ws) throw reject(place, `the workbook has no sheet ${JSON.stringify(sheet)}`);
  const { r, c } = XLSX.utils.decode_cell(`${a1[1]}${a1[2]}`);
  const found = ws['!data']?.[r]?.[c];
  const problem = cellProblem(found);
  if (problem) throw reject(place, problem);
  return { sheet, cell, value: found!.v as number, format: found!.z as string | undefined };
}

/** Why a cell holds no number, or null when it does. */
function cellProblem(cell: XLSX.CellObject | undefined): string | null {
  if (!cell || cell.t === 'z') {
    return cell?.f
      ? `the formula =${cell.f} has no saved result: ${SAVE_IN_EXCEL}`
      : 'the cell is empty';
  }
  switch (cell.t) {
    case 'n':
      return isFiniteFactValue(cell.v) ? null : 'the cell holds no finite number';
    case 's':
      return `the cell holds the text ${JSON.stringify(cell.v)}, not a number`;
    case 'b':
      return `the cell holds ${cell.v ? 'TRUE' : 'FALSE'}, not a number`;
    case 'e':
      return `the cell holds the error ${ERRORS[cell.v as number] ?? '#ERROR'}, not a number`;
    default:
      return 'the cell holds no number';
  }
}

/**
 * The facts sheet as CSV text: line N is row N (the header must be in row 1), every row as
 * wide as the sheet, numbers written exactly, date cells as YYYY-MM-DD.
 */
function sheetToCsv(
  ws: XLSX.WorkSheet,
  sheet: string,
  reject: (place: WorkbookPlace, message: string) => Error,
): { csv: string; valueColumn: string | null } {
  const data = ws['!data'] ?? [];
  const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1:A1');
  const width = range.e.c + 1;
  if (range.s.r > 0 && data.slice(0, range.s.r).every((row) => !row || row.length === 0)) {
    throw reject(
      { sheet, cell: `A${range.s.r + 1}` },
      `the header must be in row 1 (this sheet starts in row ${range.s.r + 1})`,
    );
  }
  const lines: string[] = [];
  let valueColumn: string | null = null;
  for (let r = 0; r <= range.e.r; r++) {
    const row = data[r] ?? [];
    const fields: string[] = [];
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      if (cell?.t === 'z' && cell.f) {
        throw reject(
          { sheet, cell: XLSX.utils.encode_cell({ r, c }) },
          `the formula =${cell.f} has no saved result: ${SAVE_IN_EXCEL}`,
        );
      }
      const text = cellText(cell);
      if (r === 0 && text.trim().toLowerCase() === 'value') valueColumn = XLSX.utils.encode_col(c);
      fields.push(csvField(text));
    }
    lines.push(fields.join(','));
  }
  return { csv: lines.join('\n'), valueColumn };
}

function cellText(cell: XLSX.CellObject | undefined): string {
  if (!cell) return '';
  switch (cell.t) {
    case 'n': {
      const v = cell.v as number;
      if (cell.z && XLSX.SSF.is_date(cell.z as string)) {
        const date = XLSX.SSF.parse_date_code(v);
        if (date) return `${pad(date.y, 4)}-${pad(date.m, 2)}-${pad(date.d, 2)}`;
      }
      return String(v);
    }
    case 's':
      return String(cell.v);
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'e':
      return ERRORS[cell.v as number] ?? '#ERROR';
    default:
      return '';
  }
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function csvField(text: string): string {
  const flat = text.replace(/\r\n|\r|\n/g, ' ');
  return /[",]/.test(flat) ? `"${flat.replace(/"/g, '""')}"` : flat;
}

function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}
