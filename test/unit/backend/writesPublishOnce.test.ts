import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeWorkbook, type WorkbookSpec } from '../link/writeWorkbook';
import { backendWithWorkspace, type TestBackend } from './backendWithWorkspace';

const dir = mkdtempSync(join(tmpdir(), 'tickmark-publish-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = 'entity,entity_name,kind,metric,period,value,unit,source,as_of,note';

/** The events a write pushed, progress left out, each name with how many times it came. */
function changeEvents(t: TestBackend): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { name } of t.takeEvents()) {
    if (name !== 'import:progress') counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

const workbook = (capex: number, name: string): WorkbookSpec => ({
  modified: '2026-03-04T10:00:00',
  sheets: [
    { name: 'Valuation', cells: { C7: { value: capex } } },
    {
      name: 'facts',
      rows: [
        ['entity', 'entity_name', 'metric', 'period', 'value', 'unit'],
        ['NEWCO', name, 'revenue', 'FY2025', 5000, 'USD'],
      ],
    },
  ],
  names: [{ name: 'MODEL.capex.FY2025', ref: 'Valuation!$C$7' }],
});

describe('a write publishes what it changed once (publishWrite), so the grid refreshes once', () => {
  let t: TestBackend;
  beforeEach(async () => {
    t = await backendWithWorkspace(mkdtempSync(join(dir, 'ws-')), false);
  });
  afterEach(() => t.backend.close());

  it('one CSV import: one facts:changed with every fact, one entities:changed with new and renamed entities', async () => {
    const first = [
      HEADER,
      'ACME,Acme Corp,company,revenue,FY2025,100,USD,,,',
      'ACME,Acme Corp,company,capex,FY2025,20,USD,,,',
      'BETA,Beta Inc,company,revenue,FY2025,50,USD,,,',
    ].join('\n');
    await t.call('import:commit', { csv: first, fileName: 'a.csv' });
    const events = t.takeEvents().filter((e) => e.name !== 'import:progress');
    expect(events.map((e) => e.name)).toEqual(['facts:changed', 'entities:changed']);
    expect((events[0]!.payload as { upserted: unknown[] }).upserted).toHaveLength(3);
    expect(events[1]!.payload).toEqual({ codes: ['ACME', 'BETA'] });

    // An update that also renames ACME (entity_name): the rename is an entities change too.
    const second = [HEADER, 'ACME,Acme Holdings,company,revenue,FY2025,110,USD,,,'].join('\n');
    await t.call('import:commit', { csv: second, fileName: 'b.csv' });
    const again = t.takeEvents().filter((e) => e.name !== 'import:progress');
    expect(again.map((e) => e.name)).toEqual(['facts:changed', 'entities:changed']);
    expect(again[1]!.payload).toEqual({ codes: ['ACME'] });

    // Nothing changed: no change event at all.
    await t.call('import:commit', { csv: second, fileName: 'b.csv' });
    expect(changeEvents(t)).toEqual({});
  });

  it('one link and one refresh: one facts:changed each, and a renamed entity is reported', async () => {
    const path = writeWorkbook(join(dir, 'model.xlsx'), workbook(2000, 'New Co'));
    await t.call('links:link', { path });
    expect(changeEvents(t)).toEqual({
      'facts:changed': 1,
      'entities:changed': 1,
      'links:changed': 1,
    });

    writeWorkbook(path, workbook(3000, 'New Company'));
    await t.call('links:link', { path });
    const events = t.takeEvents();
    expect(events.map((e) => e.name)).toEqual([
      'facts:changed',
      'entities:changed',
      'links:changed',
    ]);
    expect(events[1]!.payload).toEqual({ codes: ['NEWCO'] });
  });
});
