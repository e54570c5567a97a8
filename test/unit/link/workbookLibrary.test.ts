import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { openpyxlMissing, writeWorkbook } from './writeWorkbook';

/**
 * Why Tickmark reads workbooks with SheetJS (@e965/xlsx 0.20.3): on a workbook written by
 * another program (openpyxl) it keeps every defined name with its scope, each formula's saved
 * result and each cell's number format. ARCHITECTURE.md ("Linked workbooks") has the comparison.
 */
const missing = openpyxlMissing();
if (missing) console.warn(`workbookLibrary.test: skipped, ${missing}`);

describe.skipIf(missing !== null)('the workbook reader on an openpyxl workbook', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tickmark-xlsx-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const path = writeWorkbook(join(dir, 'model.xlsx'), {
    modified: '2026-03-04T10:00:00',
    sheets: [
      {
        name: 'Valuation',
        cells: {
          B7: { value: 1000 },
          C7: { formula: 'B7*2', cached: 2000, format: '"$"#,##0' },
          C8: { value: 0.202, format: '0.0%' },
          C9: { formula: 'C7/100', cached: 20, format: '0.0"x"' },
        },
      },
      { name: 'Other Sheet', cells: { A1: { value: 1000000 } } },
    ],
    names: [
      { name: 'AMZN.capex.FY2025', ref: 'Valuation!$C$7' },
      { name: 'AMZN.margin.FY2025', ref: 'Valuation!$C$8' },
      { name: 'tickmark.scale', ref: "'Other Sheet'!$A$1", sheet: 1 },
    ],
  });
  const book = XLSX.read(readFileSync(path), { type: 'buffer', cellNF: true, cellFormula: true });

  it('keeps workbook- and sheet-scoped names, with their scope', () => {
    expect(book.Workbook?.Names).toEqual([
      { Name: 'AMZN.capex.FY2025', Ref: 'Valuation!$C$7' },
      { Name: 'AMZN.margin.FY2025', Ref: 'Valuation!$C$8' },
      { Name: 'tickmark.scale', Sheet: 1, Ref: "'Other Sheet'!$A$1" },
    ]);
  });

  it("keeps a formula's saved result and every cell's number format", () => {
    const sheet = book.Sheets.Valuation!;
    expect(sheet.C7).toMatchObject({ t: 'n', v: 2000, f: 'B7*2', z: '"$"#,##0' });
    expect(sheet.C8).toMatchObject({ t: 'n', v: 0.202, z: '0.0%' });
    expect(sheet.C9).toMatchObject({ t: 'n', v: 20, f: 'C7/100', z: '0.0"x"' });
  });

  it('reads the date the workbook was saved', () => {
    expect(book.Props?.ModifiedDate?.toISOString()).toBe('2026-03-04T10:00:00.000Z');
  });
});
