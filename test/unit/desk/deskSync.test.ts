import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { connectDesk } from '../../../app/backend/desk/connectDesk';
import { syncWorkspace } from '../../../app/backend/desk/deskSync';
import { readDeskStatus } from '../../../app/backend/desk/deskStatus';
import { deleteFacts } from '../../../app/backend/facts/factWrites';
import { factHistory } from '../../../app/backend/facts/factHistory';
import { CLI_CHANGE_CONTEXT } from '../../../app/backend/facts/changeContext';
import { deskConflictLine } from '../../../shared/api/deskApi';
import { deskTestsEnabled, setFacts, useDeskCluster, valueOf } from './deskFixture';

describe.runIf(deskTestsEnabled)('desk sync against a real PostgreSQL', () => {
  const fx = useDeskCluster();

  it('two workspaces on one desk see each other’s facts after sync', async () => {
    const desk = await fx.newDesk();
    const a = fx.newWorkspace('a');
    const b = fx.newWorkspace('b');
    setFacts(a, [{ ref: 'NWD.ebitda.FY2025', value: 3_100_000_000 }]);
    setFacts(b, [{ ref: 'CTSO.ebitda.FY2025', value: 900_000_000, scenario: 'bull' }]);
    await connectDesk(a.db, desk.url('postgres'));
    await connectDesk(b.db, desk.url('postgres'));
    expect(readDeskStatus(a.db).waiting).toBe(1);

    expect(await syncWorkspace(a.db, 'a')).toMatchObject({ pushed: 1, pulled: 0, conflicts: [] });
    expect(await syncWorkspace(b.db, 'b')).toMatchObject({ pushed: 1, pulled: 1, conflicts: [] });
    expect(await syncWorkspace(a.db, 'a')).toMatchObject({ pushed: 0, pulled: 1, conflicts: [] });
    expect(valueOf(b, 'NWD.ebitda.FY2025')).toBe(3_100_000_000);
    expect(valueOf(a, 'CTSO.ebitda.FY2025', 'bull')).toBe(900_000_000);
    expect(readDeskStatus(a.db)).toMatchObject({ state: 'synced', waiting: 0 });

    // An update and a delete travel too.
    setFacts(b, [{ ref: 'NWD.ebitda.FY2025', value: 3_400_000_000 }]);
    deleteFacts(
      b.db,
      [{ entity: 'CTSO', metric: 'ebitda', period: 'FY2025', scenario: 'bull' }],
      CLI_CHANGE_CONTEXT,
    );
    expect(readDeskStatus(b.db).waiting).toBe(2);
    expect(await syncWorkspace(b.db, 'b')).toMatchObject({ pushed: 2, pulled: 0 });
    expect(await syncWorkspace(a.db, 'a')).toMatchObject({ pushed: 0, pulled: 2 });
    expect(valueOf(a, 'NWD.ebitda.FY2025')).toBe(3_400_000_000);
    expect(valueOf(a, 'CTSO.ebitda.FY2025', 'bull')).toBeUndefined();
    // Nothing more to do: a second sync moves nothing.
    expect(await syncWorkspace(a.db, 'a')).toMatchObject({ pushed: 0, pulled: 0, conflicts: [] });
  });

  it('a fact changed here and on the desk: the desk wins, the local value stays in its history', async () => {
    const desk = await fx.newDesk();
    const a = fx.newWorkspace('a');
    const b = fx.newWorkspace('b');
    setFacts(a, [{ ref: 'NWD.ebitda.FY2025', value: 3_100_000_000 }]);
    await connectDesk(a.db, desk.url('postgres'));
    await connectDesk(b.db, desk.url('postgres'));
    await syncWorkspace(a.db, 'a');
    await syncWorkspace(b.db, 'b');
    setFacts(b, [{ ref: 'NWD.ebitda.FY2025', value: 3_400_000_000 }]);
    await syncWorkspace(b.db, 'b');
    setFacts(a, [{ ref: 'NWD.ebitda.FY2025', value: 3_300_000_000 }]);

    const result = await syncWorkspace(a.db, 'a');
    expect(result).toMatchObject({ pushed: 0, pulled: 1 });
    expect(result.conflicts.map(deskConflictLine)).toEqual([
      "conflict: NWD.ebitda.FY2025 here 3,300,000,000, desk 3,400,000,000 (kept the desk's)",
    ]);
    expect(valueOf(a, 'NWD.ebitda.FY2025')).toBe(3_400_000_000);
    const [latest] = factHistory(a.db, {
      entity: 'NWD',
      metric: 'ebitda',
      period: 'FY2025',
      scenario: '',
    });
    expect(latest).toMatchObject({ oldValue: 3_300_000_000, newValue: 3_400_000_000 });
    expect(latest!.who).toContain('conflict');
    expect(readDeskStatus(a.db)).toMatchObject({ state: 'conflicts', waiting: 0 });
    // The desk kept b's value, and the losing value for review.
    await withClient(desk.url('postgres'), async (c) => {
      const f = await c.query("SELECT value FROM facts WHERE entity = 'NWD'");
      expect(f.rows[0].value).toBe(3_400_000_000);
      const lost = await c.query('SELECT here_fields FROM fact_conflicts');
      expect(lost.rows.map((r) => r.here_fields.value)).toEqual([3_300_000_000]);
    });
    // Settled: the next sync finds nothing.
    expect(await syncWorkspace(a.db, 'a')).toMatchObject({ pushed: 0, pulled: 0, conflicts: [] });
  });

  it('the desk records who changed each fact, when, old and new values, source and as-of', async () => {
    const desk = await fx.newDesk();
    const a = fx.newWorkspace('a');
    await connectDesk(a.db, desk.url('postgres'));
    setFacts(a, [{ ref: 'NWD.revenue.FY2025', value: 10, source: '10-K p.4' }]);
    await syncWorkspace(a.db, 'a');
    setFacts(a, [{ ref: 'NWD.revenue.FY2025', value: 12, source: '10-K/A p.5' }]);
    await syncWorkspace(a.db, 'a');
    await withClient(desk.url('postgres'), async (c) => {
      const h = await c.query(
        'SELECT action, old_value, new_value, source, as_of::text, who, at, workspace FROM fact_history ORDER BY seq',
      );
      expect(
        h.rows.map((r) => [r.action, r.old_value, r.new_value, r.source, r.as_of, r.who]),
      ).toEqual([
        ['create', null, 10, '10-K p.4', '2026-01-30', 'postgres'],
        ['update', 10, 12, '10-K/A p.5', '2026-01-30', 'postgres'],
      ]);
      expect(h.rows[0].at).toBeInstanceOf(Date);
      expect(h.rows[0].workspace).not.toBe('');
    });
  });

  it('after a push this workspace knows each fact’s desk version, and pulls nothing back', async () => {
    const desk = await fx.newDesk();
    const a = fx.newWorkspace('a');
    await connectDesk(a.db, desk.url('postgres'));
    setFacts(a, [
      { ref: 'NWD.revenue.FY2025', value: 1 },
      { ref: 'NWD.ebitda.FY2025', value: 2 },
    ]);
    await syncWorkspace(a.db, 'a');
    // New facts and an update in one push: the versions recorded here are the desk's.
    setFacts(a, [
      { ref: 'NWD.revenue.FY2025', value: 3 },
      { ref: 'CTSO.revenue.FY2025', value: 4 },
      { ref: 'AMZN.capex.FY2025', value: 5 },
      { ref: 'NWD.capex.FY2025', value: 6 },
    ]);
    expect(await syncWorkspace(a.db, 'a')).toMatchObject({ pushed: 4, pulled: 0 });
    const here = a.db
      .prepare("SELECT entity || '.' || metric AS f, seq FROM desk_base ORDER BY f")
      .all();
    const onDesk = await withClient(desk.url('postgres'), async (c) =>
      (
        await c.query<{ f: string; seq: string }>(
          "SELECT entity || '.' || metric AS f, seq::text AS seq FROM facts",
        )
      ).rows
        .map((r) => ({ f: r.f, seq: Number(r.seq) }))
        .sort((x, y) => (x.f < y.f ? -1 : 1)),
    );
    expect(here).toEqual(onDesk);
    expect(readDeskStatus(a.db).lastPulledSeq).toBe(Math.max(...onDesk.map((r) => r.seq)));
    // Each version is the fact's own: changing any of them again is no conflict.
    setFacts(a, [
      { ref: 'CTSO.revenue.FY2025', value: 7 },
      { ref: 'NWD.capex.FY2025', value: 8 },
    ]);
    expect(await syncWorkspace(a.db, 'a')).toMatchObject({ pushed: 2, conflicts: [] });
  });
});

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
