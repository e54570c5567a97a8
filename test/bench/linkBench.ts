import { IMPORT_COLUMNS } from '../../shared/api/importColumns';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import type { BenchCase, BenchFigure } from './benchTypes';
import { CLI_CHANGE_CONTEXT } from '../../app/backend/facts/changeContext';
import { commitLink } from '../../app/backend/link/linkWorkbook';
import { createWorkspace } from '../../app/backend/workspace/createWorkspace';
import { measure, median } from './measure';

const MODEL_ROWS = 9_000;
const FACT_ROWS = 1_000;
const COLUMNS = 10;
const NAMES = 1_000;

/**
 * A 100,000-cell model: a Valuation sheet of 90,000 numbers (every tenth a formula with its
 * saved result, money formats), 1,000 defined names ENTITY.metric.PERIOD on its cells, and a
 * facts sheet of 1,000 rows by 10 columns.
 */
function modelWorkbook(): Buffer {
  const ws: XLSX.WorkSheet = {};
  for (let r = 0; r < MODEL_ROWS; r++) {
    for (let c = 0; c < COLUMNS; c++) {
      const v = r * COLUMNS + c + 0.5;
      const cell: XLSX.CellObject = { t: 'n', v, z: c === 0 ? '"$"#,##0' : '0.0' };
      if (c === 9) cell.f = `A${r + 1}*2`;
      ws[XLSX.utils.encode_cell({ r, c })] = cell;
    }
  }
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: MODEL_ROWS - 1, c: 9 } });
  // The facts sheet's header: the CSV columns, base case only.
  const facts: (string | number)[][] = [IMPORT_COLUMNS.filter((c) => c !== 'scenario')];
  for (let i = 0; i < FACT_ROWS; i++)
    facts.push([
      `F${i % 100}`,
      `Fund ${i % 100}`,
      'fund',
      `m${Math.floor(i / 100)}`,
      'FY2025',
      String(i * 10.5),
      'USD',
      'bench',
      '2025-12-31',
      `row ${i}`,
    ]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, ws, 'Valuation');
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(facts), 'facts');
  book.Workbook = {
    Names: Array.from({ length: NAMES }, (_, i) => ({
      Name: `CO${i % 100}.metric_${Math.floor(i / 100)}.FY2025`,
      Ref: `Valuation!$A$${i + 1}`,
    })),
  };
  book.Props = { ModifiedDate: new Date('2026-03-04T10:00:00Z') };
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}

/** Linking a 100,000-cell workbook into an empty workspace, and refreshing it unchanged; target < 3 s. */
export const linkBench: BenchCase = {
  name: 'link',
  async run(): Promise<BenchFigure[]> {
    const dir = mkdtempSync(join(tmpdir(), 'tickmark-bench-link-'));
    try {
      const path = join(dir, 'model.xlsx');
      writeFileSync(path, modelWorkbook());
      // Timed from reading the file to the commit; creating each workspace is not timed.
      const fresh: number[] = [];
      for (let n = 0; n < 4; n++) {
        const ws = createWorkspace(join(dir, `ws${n}.tickmark`));
        const start = performance.now();
        commitLink(ws.db, path, { ...CLI_CHANGE_CONTEXT, origin: 'link' });
        if (n > 0) fresh.push(performance.now() - start);
        ws.close();
      }
      const ws = createWorkspace(join(dir, 'refresh.tickmark'));
      commitLink(ws.db, path, { ...CLI_CHANGE_CONTEXT, origin: 'link' });
      const refresh = await measure(
        () => commitLink(ws.db, path, { ...CLI_CHANGE_CONTEXT, origin: 'link' }),
        { runs: 3, warmup: 0 },
      );
      ws.close();
      const bytes = readFileSync(path);
      const parse = await measure(() => XLSX.read(bytes, { type: 'buffer' }), {
        runs: 3,
        warmup: 1,
      });
      const baseline = { name: 'SheetJS read alone', value: median(parse) };
      return [
        {
          name: 'link 100,000-cell workbook (2,000 facts), new workspace',
          value: median(fresh),
          unit: 'ms',
          target: '< 3000 ms',
          baseline,
        },
        {
          name: 'refresh it, nothing changed',
          value: median(refresh),
          unit: 'ms',
          target: '< 3000 ms',
          baseline,
        },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
