import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backendWithWorkspace, type TestBackend } from '../backend/backendWithWorkspace';
import { openpyxlMissing, writeWorkbook, type WorkbookSpec } from './writeWorkbook';

const missing = openpyxlMissing();
if (missing) console.warn(`linkWorkbook.test: skipped, ${missing}`);

const dir = mkdtempSync(join(tmpdir(), 'tickmark-link-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A model with a formula (saved result), percent, currency and multiple formats, and a facts sheet. */
function model(overrides: { capex?: number; withMargin?: boolean } = {}): WorkbookSpec {
  const capex = overrides.capex ?? 2000;
  return {
    modified: '2026-03-04T10:00:00',
    sheets: [
      {
        name: 'Valuation',
        cells: {
          B7: { value: capex / 2 },
          C7: { formula: 'B7*2', cached: capex, format: '"$"#,##0' },
          C8: { value: 0.202, format: '0.0%' },
          C9: { formula: 'C7/100', cached: capex / 100, format: '0.0"x"' },
          C10: { value: 42 },
          D1: { value: 'not a fact' },
        },
      },
      {
        name: 'facts',
        rows: [
          ['entity', 'metric', 'period', 'value', 'unit', 'source'],
          ['NEWCO', 'revenue', 'FY2025', 5000000, 'USD', ''],
          ['NEWCO', 'margin', 'FY2025', 0.15, 'pct', 'Board deck p.4'],
        ],
      },
    ],
    names: [
      { name: 'MODEL.capex.FY2025', ref: 'Valuation!$C$7' },
      ...(overrides.withMargin === false
        ? []
        : [{ name: 'MODEL.margin.FY2025', ref: 'Valuation!$C$8' }]),
      { name: 'MODEL.ev_ebitda.FY2025', ref: 'Valuation!$C$9' },
      { name: 'MODEL.plain.FY2025', ref: 'Valuation!$C$10' },
      { name: 'Valuation_Header', ref: 'Valuation!$D$1' },
      { name: 'MODEL.capex.2025', ref: 'Valuation!$C$7' },
      { name: 'MODEL.local.FY2025', ref: 'Valuation!$C$10', sheet: 0 },
    ],
  };
}

/** Everything a link may write, to prove a refusal wrote nothing. */
function snapshot(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    return JSON.stringify([
      db.prepare('SELECT * FROM facts ORDER BY id').all(),
      db.prepare('SELECT * FROM fact_changes ORDER BY id').all(),
      db.prepare('SELECT * FROM entities ORDER BY id').all(),
      db.prepare('SELECT * FROM links ORDER BY id').all(),
      db.prepare('SELECT * FROM link_facts ORDER BY link_id, entity, metric, period').all(),
    ]);
  } finally {
    db.close();
  }
}

describe.skipIf(missing !== null)('linking an Excel workbook (CALC.md §7)', () => {
  let t: TestBackend;
  let n = 0;
  const file = () => join(dir, `model${n}.xlsx`);
  beforeEach(async () => {
    n++;
    t = await backendWithWorkspace(mkdtempSync(join(dir, 'ws-')), false);
  });
  afterEach(() => t.backend.close());

  const fact = (entity: string, metric: string, period = 'FY2025') =>
    t.call('facts:get', { ref: { entity, metric, period, scenario: '' } });

  it('reads named cells: saved result, unit from format, source cell, as-of the saved date', async () => {
    const path = writeWorkbook(file(), model());
    const summary = await t.call('links:link', { path });
    expect(summary.counts).toMatchObject({ new: 6, updated: 0, unchanged: 0, missing: 0 });
    expect(summary.facts).toBe(6);
    const capex = await fact('MODEL', 'capex');
    expect(capex).toMatchObject({
      value: 2000,
      unit: 'USD',
      source: `model${n}.xlsx!Valuation!$C$7`,
      asOf: '2026-03-04',
    });
    expect(await fact('MODEL', 'margin')).toMatchObject({ value: 0.202, unit: 'pct' });
    expect(await fact('MODEL', 'ev_ebitda')).toMatchObject({ value: 20, unit: 'x' });
    expect(await fact('MODEL', 'plain')).toMatchObject({ value: 42, unit: '' });
    const history = await t.call('facts:history', {
      ref: { entity: 'MODEL', metric: 'capex', period: 'FY2025', scenario: '' },
    });
    expect(history.changes.map((c) => c.origin)).toEqual(['link']);
  });

  it('imports the facts sheet as CSV is, sourcing rows without a source to their cell', async () => {
    const path = writeWorkbook(file(), model());
    await t.call('links:link', { path });
    expect(await fact('NEWCO', 'revenue')).toMatchObject({
      value: 5000000,
      unit: 'USD',
      source: `model${n}.xlsx!facts!$D$2`,
      asOf: '2026-03-04',
    });
    expect(await fact('NEWCO', 'margin')).toMatchObject({ source: 'Board deck p.4' });
  });

  it('ignores names that are not workbook-scoped ENTITY.metric.PERIOD and counts them', async () => {
    const path = writeWorkbook(file(), model());
    const summary = await t.call('links:link', { path });
    expect(summary.ignoredNames).toEqual({
      count: 3,
      names: ['Valuation_Header', 'MODEL.capex.2025', 'MODEL.local.FY2025'],
    });
  });

  it('re-linking updates changed facts and reports facts the workbook no longer has', async () => {
    const path = writeWorkbook(file(), model());
    await t.call('links:link', { path });
    writeWorkbook(path, model({ capex: 3000, withMargin: false }));
    const preview = await t.call('links:preview', { path });
    expect(preview.counts).toMatchObject({ new: 0, updated: 2, unchanged: 3, missing: 1 });
    expect(preview.rows.find((r) => r.status === 'missing')).toMatchObject({
      entity: 'MODEL',
      metric: 'margin',
      place: 'Valuation!$C$8',
      value: 0.202,
    });
    expect(preview.rows.find((r) => r.metric === 'capex')).toMatchObject({
      status: 'updated',
      value: 3000,
      oldValue: 2000,
      place: 'Valuation!$C$7',
    });
    t.takeEvents();
    const summary = await t.call('links:link', { path });
    expect(summary.missing).toEqual(['MODEL.margin.FY2025']);
    expect((await fact('MODEL', 'capex')).value).toBe(3000);
    expect((await fact('MODEL', 'margin')).value).toBe(0.202);
    const events = t.takeEvents().map((e) => e.name);
    expect(events).toContain('facts:changed');
    expect(events).toContain('links:changed');
    const history = await t.call('facts:history', {
      ref: { entity: 'MODEL', metric: 'capex', period: 'FY2025', scenario: '' },
    });
    expect(history.changes.map((c) => [c.origin, c.newValue])).toEqual([
      ['link', 3000],
      ['link', 2000],
    ]);
    // Still reported on the next refresh.
    expect((await t.call('links:link', { path })).missing).toEqual(['MODEL.margin.FY2025']);
  });

  it('lists links with their facts and state: current, changed after a save, missing', async () => {
    const path = writeWorkbook(file(), model());
    await t.call('links:link', { path });
    let [link] = (await t.call('links:list', {})).links;
    expect(link).toMatchObject({ path, fileName: `model${n}.xlsx`, facts: 6, state: 'current' });
    expect(link!.savedDate).toBe('2026-03-04');
    writeWorkbook(path, model({ capex: 9 }));
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    [link] = (await t.call('links:list', {})).links;
    expect(link!.state).toBe('changed');
    rmSync(path);
    [link] = (await t.call('links:list', {})).links;
    expect(link!.state).toBe('missing');
    await t.call('links:unlink', { path });
    expect((await t.call('links:list', {})).links).toEqual([]);
    expect((await fact('MODEL', 'capex')).value).toBe(2000);
  });

  it('pushes links:fileChanged when a linked workbook is saved', async () => {
    const path = writeWorkbook(file(), model());
    await t.call('links:link', { path });
    t.takeEvents();
    writeWorkbook(path, model({ capex: 2500 }));
    const end = Date.now() + 10_000;
    let changed: unknown;
    while (!changed && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 50));
      changed = t.takeEvents().find((e) => e.name === 'links:fileChanged')?.payload;
    }
    expect(changed).toEqual({ path, fileName: `model${n}.xlsx`, state: 'changed' });
  });

  it('tickmark.scale on a sheet multiplies its money and plain values, not percents or multiples', async () => {
    const spec = model();
    spec.sheets.push({ name: 'Settings', cells: { A1: { value: 1000000 } } });
    spec.names!.push({ name: 'tickmark.scale', ref: 'Settings!$A$1', sheet: 0 });
    const path = writeWorkbook(file(), spec);
    await t.call('links:link', { path });
    expect((await fact('MODEL', 'capex')).value).toBe(2000000000);
    expect((await fact('MODEL', 'plain')).value).toBe(42000000);
    expect((await fact('MODEL', 'margin')).value).toBe(0.202);
    expect((await fact('MODEL', 'ev_ebitda')).value).toBe(20);
    // The facts sheet is in whole units, as CSV is.
    expect((await fact('NEWCO', 'revenue')).value).toBe(5000000);
  });

  it('a workbook-scoped tickmark.scale applies to every sheet', async () => {
    const spec = model();
    spec.sheets[0]!.cells!.Z1 = { value: 1000 };
    spec.names!.push({ name: 'tickmark.scale', ref: 'Valuation!$Z$1' });
    const path = writeWorkbook(file(), spec);
    await t.call('links:link', { path });
    expect((await fact('MODEL', 'capex')).value).toBe(2000000);
  });

  describe('refuses bad input whole, naming the name, sheet and cell, and changes nothing', () => {
    const refuses = async (
      write: (path: string) => void,
      message: RegExp,
      where?: string,
    ): Promise<void> => {
      const seed = writeWorkbook(join(dir, `seed${n}.xlsx`), model());
      await t.call('links:link', { path: seed });
      const before = snapshot(t.path);
      const path = join(dir, `bad${n}.xlsx`);
      write(path);
      for (const handler of ['links:preview', 'links:link'] as const) {
        const error = await t.fail(handler, { path });
        expect(error.message).toMatch(message);
        expect(error.message).toMatch(/Nothing was linked\.$/);
        if (where) expect(error.where).toBe(where);
      }
      expect(snapshot(t.path)).toBe(before);
    };
    const withCell = (cell: WorkbookSpec['sheets'][number]['cells']) => (path: string) => {
      const spec = model();
      Object.assign(spec.sheets[0]!.cells!, cell);
      writeWorkbook(path, spec);
    };

    it('a file that is not a workbook', () =>
      refuses(
        (p) => writeFileSync(p, 'entity,metric,period,value\nA,b,FY2025,1\n'),
        /is not an Excel workbook/,
      ));
    it('a damaged workbook', () =>
      refuses((p) => {
        writeWorkbook(p, model());
        const bytes = readFileSync(p);
        writeFileSync(p, bytes.subarray(0, Math.floor(bytes.length / 2)));
      }, /damaged/));
    it('a password-protected workbook', () =>
      refuses((p) => writeFileSync(p, encryptedContainer()), /password-protected/));
    it('a name on a range of several cells', () =>
      refuses(
        (p) => {
          const spec = model();
          spec.names![0] = { name: 'MODEL.capex.FY2025', ref: 'Valuation!$C$7:$C$9' };
          writeWorkbook(p, spec);
        },
        /name MODEL\.capex\.FY2025, sheet Valuation, cell \$C\$7:\$C\$9: it refers to a range of several cells/,
        'name MODEL.capex.FY2025, sheet Valuation, cell $C$7:$C$9',
      ));
    it('text in a named cell', () =>
      refuses(
        withCell({ C8: { value: 'n/a' } }),
        /name MODEL\.margin\.FY2025, sheet Valuation, cell \$C\$8: the cell holds the text "n\/a"/,
        'name MODEL.margin.FY2025, sheet Valuation, cell $C$8',
      ));
    it('an error value in a named cell', () =>
      refuses(
        withCell({ C9: { formula: 'C7/0', cached: { error: '#DIV/0!' } } }),
        /cell \$C\$9: the cell holds the error #DIV\/0!/,
      ));
    it('a formula without a saved result', () =>
      refuses(
        withCell({ C7: { formula: 'B7*2' } }),
        /cell \$C\$7: the formula =B7\*2 has no saved result: open and save the workbook in Excel/,
      ));
    it('an empty named cell', () =>
      refuses((p) => {
        const spec = model();
        spec.names![0] = { name: 'MODEL.capex.FY2025', ref: 'Valuation!$Q$99' };
        writeWorkbook(p, spec);
      }, /cell \$Q\$99: the cell is empty/));
    it('a name on a deleted cell', () =>
      refuses((p) => {
        const spec = model();
        spec.names![0] = { name: 'MODEL.capex.FY2025', ref: '#REF!' };
        writeWorkbook(p, spec);
      }, /name MODEL\.capex\.FY2025: it refers to a cell that was deleted/));
    it('a bad row of the facts sheet, with its line and column', () =>
      refuses((p) => {
        const spec = model();
        spec.sheets[1]!.rows!.push(['NEWCO', 'ebitda', 'FY2025', 'lots', '', '']);
        writeWorkbook(p, spec);
      }, /sheet facts, line 4, column value: "lots" is not a number/));
    it('a fact given twice', () =>
      refuses((p) => {
        const spec = model();
        spec.sheets[1]!.rows!.push(['MODEL', 'capex', 'FY2025', 1, '', '']);
        writeWorkbook(p, spec);
      }, /sheet facts, cell \$D\$4: MODEL\.capex\.FY2025 is also given by Valuation!\$C\$7/));
    it('a scale that is not a positive number', () =>
      refuses((p) => {
        const spec = model();
        spec.sheets[0]!.cells!.Z1 = { value: -5 };
        spec.names!.push({ name: 'tickmark.scale', ref: 'Valuation!$Z$1' });
        writeWorkbook(p, spec);
      }, /name tickmark\.scale, sheet Valuation, cell \$Z\$1: the scale is -5/));
    it('a file that does not exist', async () => {
      const before = snapshot(t.path);
      const error = await t.fail('links:link', { path: join(dir, 'nowhere.xlsx') });
      expect(error.message).toMatch(/nowhere\.xlsx does not exist\. Nothing was linked\./);
      expect(snapshot(t.path)).toBe(before);
    });
  });
});

/** An OLE compound file with an EncryptionInfo stream, as Excel saves a password-protected workbook. */
function encryptedContainer(): Buffer {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.alloc(64, 7));
  return Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
}
