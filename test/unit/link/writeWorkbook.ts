import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One cell of a test workbook: a value, or a formula with (or without) the result Excel saved. */
export type CellSpec =
  | { value: number | string | boolean; format?: string }
  | { formula: string; cached?: number | string | { error: string }; format?: string };

export interface WorkbookSpec {
  /** ISO date-time the workbook says it was saved. */
  modified?: string;
  sheets: { name: string; cells?: Record<string, CellSpec>; rows?: unknown[][] }[];
  /** `sheet`: the 0-based index of the sheet a sheet-scoped name belongs to. */
  names?: { name: string; ref: string; sheet?: number }[];
}

const PYTHON = '/usr/bin/python3';
const SCRIPT = fileURLToPath(new URL('../../fixtures/workbooks/writeWorkbook.py', import.meta.url));

/** Why openpyxl workbooks cannot be written here, or null when they can. */
export function openpyxlMissing(): string | null {
  if (!existsSync(PYTHON)) return `${PYTHON} is not installed`;
  try {
    execFileSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'pipe' });
    return null;
  } catch {
    return `${PYTHON} has no openpyxl (apt-get install python3-openpyxl)`;
  }
}

/** Writes `spec` to `path` as .xlsx with Debian's openpyxl (test/fixtures/workbooks/writeWorkbook.py). */
export function writeWorkbook(path: string, spec: WorkbookSpec): string {
  execFileSync(PYTHON, [SCRIPT], { input: JSON.stringify({ ...spec, path }), stdio: 'pipe' });
  return path;
}
