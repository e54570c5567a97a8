import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { connectDesk } from '../../../app/backend/desk/connectDesk';
import type { DeskError } from '../../../app/backend/desk/deskError';
import { readDeskStatus } from '../../../app/backend/desk/deskStatus';
import { syncWorkspace } from '../../../app/backend/desk/deskSync';
import { WORKSPACE_BUSY_MESSAGE } from '../../../app/backend/db/writeTransaction';
import { deskTestsEnabled, setFacts, useDeskCluster, valueOf } from './deskFixture';

async function failureOf(
  promise: Promise<unknown>,
): Promise<{ problem?: string; code?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as DeskError;
    return { problem: e.problem, code: e.code, message: e.message };
  }
  throw new Error('expected the sync to fail');
}

describe.runIf(deskTestsEnabled)('the desk writes the workspace like every writer does', () => {
  const fx = useDeskCluster();

  it('another program holding the workspace: the sync says busy (not offline), and the next one finishes', async () => {
    const desk = await fx.newDesk();
    const a = fx.newWorkspace('a');
    const b = fx.newWorkspace('b');
    setFacts(a, [{ ref: 'NWD.ebitda.FY2025', value: 7 }]);
    await connectDesk(a.db, desk.url('postgres'));
    await connectDesk(b.db, desk.url('postgres'));
    await syncWorkspace(a.db, 'a');
    const other = new Database(b.path);
    other.exec('BEGIN IMMEDIATE');
    try {
      const busy = await failureOf(syncWorkspace(b.db, 'b'));
      expect(busy).toMatchObject({ code: 'busy', message: WORKSPACE_BUSY_MESSAGE });
      expect(busy.problem).toBeUndefined();
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(valueOf(b, 'NWD.ebitda.FY2025')).toBeUndefined();
    expect(await syncWorkspace(b.db, 'b')).toMatchObject({ pulled: 1 });
    expect(valueOf(b, 'NWD.ebitda.FY2025')).toBe(7);
  });

  it('a local value that is not a finite number is named and never pushed', async () => {
    const desk = await fx.newDesk();
    const ws = fx.newWorkspace('inf');
    setFacts(ws, [
      { ref: 'NWD.ebitda.FY2025', value: 1 },
      { ref: 'NWD.capex.FY2025', value: 2 },
    ]);
    // As an old file might hold it: written past the fact writers' rule.
    ws.db.prepare("UPDATE facts SET value = 9e999 WHERE metric = 'capex'").run();
    await connectDesk(ws.db, desk.url('postgres'));
    const refused = await failureOf(syncWorkspace(ws.db, 'inf'));
    expect(refused.problem).toBe('bad_value');
    expect(refused.message).toContain('NWD.capex.FY2025 holds Infinity, not a finite number');
    expect(fx.cluster().psql('SELECT count(*) FROM facts', desk.db).trim()).toBe('0');
    expect(readDeskStatus(ws.db).waiting).toBe(2);
  });

  it('the desk refuses NaN and Infinity; a legacy one on the desk is named by the pull', async () => {
    const desk = await fx.newDesk();
    const c = fx.cluster();
    c.psql("INSERT INTO entities (code, name) VALUES ('NWD', 'Northwind')", desk.db);
    for (const bad of ['NaN', 'Infinity', '-Infinity'])
      expect(() =>
        c.psql(
          `INSERT INTO facts (entity, metric, period, value) VALUES ('NWD', 'ebitda', 'FY2025', '${bad}')`,
          desk.db,
        ),
      ).toThrow(/facts_value_finite/);
    c.psql(
      `ALTER TABLE facts DROP CONSTRAINT facts_value_finite;
       INSERT INTO facts (entity, metric, period, value) VALUES ('NWD', 'ebitda', 'FY2025', 'NaN')`,
      desk.db,
    );
    const ws = fx.newWorkspace('nan');
    await connectDesk(ws.db, desk.url('postgres'));
    const refused = await failureOf(syncWorkspace(ws.db, 'nan'));
    expect(refused.problem).toBe('bad_value');
    expect(refused.message).toContain('NWD.ebitda.FY2025');
    expect(refused.message).toContain('not a finite number');
    expect(valueOf(ws, 'NWD.ebitda.FY2025')).toBeUndefined();
    expect(readDeskStatus(ws.db).lastPulledSeq).toBe(0);
  });
});
