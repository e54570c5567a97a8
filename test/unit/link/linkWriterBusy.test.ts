import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { WORKSPACE_BUSY_MESSAGE } from '../../../app/backend/db/writeTransaction';
import { backendWithWorkspace } from '../backend/backendWithWorkspace';
import { openpyxlMissing, writeWorkbook } from './writeWorkbook';

const missing = openpyxlMissing();
if (missing) console.warn(`linkWriterBusy.test: skipped, ${missing}`);

const dir = mkdtempSync(join(tmpdir(), 'tickmark-linkbusy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(missing !== null)('the link writer and another program', () => {
  it('another program holding the workspace: linking says busy, writes nothing, and works after', async () => {
    const t = await backendWithWorkspace(mkdtempSync(join(dir, 'ws-')), false);
    try {
      const path = writeWorkbook(join(dir, 'model.xlsx'), {
        sheets: [{ name: 'Valuation', cells: { C7: { value: 2000 } } }],
        names: [{ name: 'MODEL.capex.FY2025', ref: 'Valuation!$C$7' }],
      });
      const other = new Database(t.path);
      other.exec('BEGIN IMMEDIATE');
      try {
        expect(await t.fail('links:link', { path })).toMatchObject({
          code: 'busy',
          message: WORKSPACE_BUSY_MESSAGE,
        });
      } finally {
        other.exec('ROLLBACK');
        other.close();
      }
      expect((await t.call('links:list', {})).links).toEqual([]);
      expect((await t.call('links:link', { path })).counts).toMatchObject({ new: 1 });
    } finally {
      t.backend.close();
    }
  });
});
