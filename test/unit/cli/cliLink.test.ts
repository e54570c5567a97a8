import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openpyxlMissing, writeWorkbook, type WorkbookSpec } from '../link/writeWorkbook';
import { tickmark } from './runTickmark';

const missing = openpyxlMissing();
if (missing) console.warn(`cliLink.test: skipped, ${missing}`);

const spec = (capex: number, extraName = true): WorkbookSpec => ({
  modified: '2026-05-06T12:00:00',
  sheets: [
    {
      name: 'Valuation',
      cells: {
        B7: { value: capex },
        C7: { formula: 'B7*1', cached: capex, format: '"$"#,##0' },
        C8: { value: 0.25, format: '0%' },
      },
    },
  ],
  names: [
    { name: 'DEAL.capex.FY2026', ref: 'Valuation!$C$7' },
    ...(extraName ? [{ name: 'DEAL.margin.FY2026', ref: 'Valuation!$C$8' }] : []),
    { name: 'Print_Titles_Alt', ref: 'Valuation!$B$7' },
  ],
});

describe.skipIf(missing !== null)('tickmark link (CALC.md §7)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tickmark-cli-link-'));
    expect(tickmark(['init', 'ws.tickmark'], dir).code).toBe(0);
  }, 60_000);

  it(
    'links, refreshes, lists, and refuses a bad workbook with one line naming the cell',
    { timeout: 180_000 },
    () => {
      const model = writeWorkbook(join(dir, 'model.xlsx'), spec(1500));
      const first = tickmark(['link', 'ws.tickmark', 'model.xlsx'], dir);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(
        /^Linked model\.xlsx: 2 new, 0 updated, 0 unchanged; 1 other defined name ignored\.\n/,
      );
      expect(first.stdout).toContain('Print_Titles_Alt');
      const value = tickmark(
        ['eval', 'ws.tickmark', 'DEAL.capex.FY2026', '--format', '$#,##0'],
        dir,
      );
      expect(value.stdout.trim()).toBe('$1,500');

      writeWorkbook(model, spec(1750, false));
      const again = tickmark(['link', 'ws.tickmark', 'model.xlsx'], dir);
      expect(again.code).toBe(0);
      expect(again.stdout).toMatch(
        /^Linked model\.xlsx: 0 new, 1 updated, 0 unchanged, 1 no longer in the workbook \(kept\)/,
      );
      expect(again.stdout).toContain('not in the workbook any more (kept): DEAL.margin.FY2026');
      expect(
        tickmark(
          ['eval', 'ws.tickmark', 'DEAL.margin.FY2026', '--format', '0%'],
          dir,
        ).stdout.trim(),
      ).toBe('25%');

      const list = tickmark(['link', 'ws.tickmark', '--list'], dir);
      expect(list.code).toBe(0);
      const lines = list.stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      const [path, facts, readAt] = lines[0]!.split('\t');
      expect(path).toBe(model);
      expect(facts).toBe('2');
      expect(Number.isNaN(Date.parse(readAt!))).toBe(false);

      const before = readFileSync(join(dir, 'ws.tickmark'));
      const bad = spec(1);
      bad.sheets[0]!.cells!.C7 = { value: 'TBD' };
      writeWorkbook(join(dir, 'bad.xlsx'), bad);
      const refused = tickmark(['link', 'ws.tickmark', 'bad.xlsx'], dir);
      expect(refused.code).toBe(1);
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toBe(
        'tickmark link: bad.xlsx, name DEAL.capex.FY2026, sheet Valuation, cell $C$7: the cell holds the text "TBD", not a number. Nothing was linked.\n' +
          // The problem as data, as printFailure lists every error's problems.
          '  name DEAL.capex.FY2026, sheet Valuation, cell $C$7: the cell holds the text "TBD", not a number [bad_cell]\n',
      );
      expect(readFileSync(join(dir, 'ws.tickmark')).equals(before)).toBe(true);
    },
  );

  it('refuses a file that is not a workbook, and a missing argument', { timeout: 60_000 }, () => {
    writeFileSync(join(dir, 'notes.xlsx'), 'hello');
    const run = tickmark(['link', 'ws.tickmark', 'notes.xlsx'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'tickmark link: notes.xlsx: this is not an Excel workbook (.xlsx or .xlsm). Nothing was linked.\n' +
        '  this is not an Excel workbook (.xlsx or .xlsm) [bad_cell]\n',
    );
    const none = tickmark(['link', 'ws.tickmark'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^tickmark link: missing FILE\.xlsx \(or --list\)/);
  });
});
