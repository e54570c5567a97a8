import { describe, expect, it } from 'vitest';
import { connectDesk } from '../../../app/backend/desk/connectDesk';
import { withDesk } from '../../../app/backend/desk/deskConnection';
import type { DeskError } from '../../../app/backend/desk/deskError';
import { initDeskSchema } from '../../../app/backend/desk/deskSchema';
import { DESK_MIGRATION_NAMES } from '../../../app/backend/desk/migrations/index';
import { readDeskStatus } from '../../../app/backend/desk/deskStatus';
import { syncWorkspace } from '../../../app/backend/desk/deskSync';
import {
  ROLE_PASSWORD,
  asDeskRole,
  deskTestsEnabled,
  expectNotPermitted,
  setFacts,
  useDeskCluster,
  valueOf,
} from './deskFixture';

async function problemOf(promise: Promise<unknown>): Promise<{ problem: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as DeskError;
    return { problem: e.problem, message: e.message };
  }
  throw new Error('expected the desk call to fail');
}

describe.runIf(deskTestsEnabled)('desk bad cases: a clear message, nothing lost', () => {
  const fx = useDeskCluster();

  it('a wrong password is named as such and the change waits', async () => {
    const desk = await fx.newDesk();
    const ws = fx.newWorkspace('pw');
    await connectDesk(ws.db, desk.url('postgres'));
    setFacts(ws, [{ ref: 'NWD.ebitda.FY2025', value: 1 }]);
    process.env.PGPASSWORD = 'not-the-password';
    try {
      const failed = await problemOf(syncWorkspace(ws.db, 'pw'));
      expect(failed.problem).toBe('wrong_password');
      expect(failed.message).toContain('PGPASSWORD');
    } finally {
      process.env.PGPASSWORD = ROLE_PASSWORD;
    }
    expect(readDeskStatus(ws.db).waiting).toBe(1);
    expect(await syncWorkspace(ws.db, 'pw')).toMatchObject({ pushed: 1 });
  });

  it('a desk of a newer version is refused and left unchanged; a plain database is not a desk', async () => {
    const desk = await fx.newDesk();
    fx.cluster().psql(
      "INSERT INTO desk_schema_migrations (name) VALUES ('desk_999_future')",
      desk.db,
    );
    const ws = fx.newWorkspace('newer');
    const refused = await problemOf(connectDesk(ws.db, desk.url('postgres')));
    expect(refused.problem).toBe('newer_desk');
    expect(refused.message).toContain('newer Tickmark');
    expect(
      (await problemOf(withDesk(desk.url('postgres'), (d) => initDeskSchema(d)))).problem,
    ).toBe('newer_desk');
    expect(fx.cluster().psql('SELECT count(*) FROM desk_schema_migrations', desk.db).trim()).toBe(
      String(DESK_MIGRATION_NAMES.length + 1),
    );
    expect(readDeskStatus(ws.db).state).toBe('not_connected');

    fx.cluster().createDatabase('plain');
    const plain = await problemOf(connectDesk(ws.db, fx.cluster().url('postgres', 'plain')));
    expect(plain.problem).toBe('not_a_desk');
    expect(plain.message).toContain('tickmark desk init');
  });

  it('a workspace joined to one desk is never synced into another', async () => {
    const one = await fx.newDesk();
    const two = await fx.newDesk();
    const ws = fx.newWorkspace('other');
    await connectDesk(ws.db, one.url('postgres'));
    expect((await problemOf(connectDesk(ws.db, two.url('postgres')))).problem).toBe('other_desk');
    // The database behind the URL was replaced by another desk.
    setFacts(ws, [{ ref: 'NWD.ebitda.FY2025', value: 1 }]);
    fx.cluster().psql('UPDATE desk_info SET desk_id = gen_random_uuid()', one.db);
    const moved = await problemOf(syncWorkspace(ws.db, 'other'));
    expect(moved.problem).toBe('other_desk');
    expect(fx.cluster().psql('SELECT count(*) FROM facts', one.db).trim()).toBe('0');
    expect(readDeskStatus(ws.db).waiting).toBe(1);
  });

  it('a desk_reader can pull but cannot write', async () => {
    const desk = await fx.newDesk();
    const c = fx.cluster();
    const writer = fx.newWorkspace('writer');
    await connectDesk(writer.db, desk.url('postgres'));
    setFacts(writer, [{ ref: 'NWD.ebitda.FY2025', value: 7 }]);
    await syncWorkspace(writer.db, 'writer');

    await asDeskRole(fx, desk.url, 'rita', 'desk_reader', (client) =>
      expectNotPermitted(client, [
        "UPDATE facts SET value = 8 WHERE entity = 'NWD'",
        "INSERT INTO fact_history (fact_id, entity, metric, period, scenario, action) VALUES (1, 'X', 'm', 'FY2025', '', 'create')",
      ]),
    );

    const reader = fx.newWorkspace('reader');
    await connectDesk(reader.db, desk.url('rita'));
    expect(await syncWorkspace(reader.db, 'reader')).toMatchObject({ pulled: 1 });
    expect(valueOf(reader, 'NWD.ebitda.FY2025')).toBe(7);

    setFacts(reader, [{ ref: 'NWD.ebitda.FY2025', value: 8 }]);
    const refused = await problemOf(syncWorkspace(reader.db, 'reader'));
    expect(refused.problem).toBe('not_allowed');
    expect(refused.message).toContain('desk_writer');
    expect(readDeskStatus(reader.db).waiting).toBe(1);
    expect(valueOf(reader, 'NWD.ebitda.FY2025')).toBe(8);
    expect(c.psql("SELECT value FROM facts WHERE entity = 'NWD'", desk.db).trim()).toBe('7');
  });

  it('a desk_writer changes facts, but cannot forge who, when, the version or the history', async () => {
    const desk = await fx.newDesk();
    const c = fx.cluster();
    await asDeskRole(fx, desk.url, 'wally', 'desk_writer', async (client) => {
      await client.query("INSERT INTO entities (code, name) VALUES ('NWD', 'Northwind')");
      await client.query(
        "INSERT INTO facts (entity, metric, period, value) VALUES ('NWD', 'ebitda', 'FY2025', 1)",
      );
      await client.query("UPDATE facts SET value = 2 WHERE entity = 'NWD'");
      await expectNotPermitted(client, [
        "UPDATE facts SET changed_by = 'someone_else'",
        'UPDATE facts SET seq = 1',
        "INSERT INTO facts (entity, metric, period, value, seq) VALUES ('NWD', 'capex', 'FY2025', 1, 99)",
        'DELETE FROM fact_history',
      ]);
      await expect(client.query('DELETE FROM facts')).rejects.toThrow(
        /tombstone|deleted = true|permission/,
      );
    });
    expect(
      c
        .psql(
          "SELECT string_agg(action || ' ' || new_value || ' ' || who, ',' ORDER BY seq) FROM fact_history",
          desk.db,
        )
        .trim(),
    ).toBe('create 1 wally,update 2 wally');
  });

  it('two workspaces syncing the same fact at once: one wins, the other sees a conflict, both agree', async () => {
    const desk = await fx.newDesk();
    const a = fx.newWorkspace('a');
    const b = fx.newWorkspace('b');
    await connectDesk(a.db, desk.url('postgres'));
    await connectDesk(b.db, desk.url('postgres'));
    setFacts(a, [{ ref: 'NWD.ebitda.FY2025', value: 1 }]);
    await syncWorkspace(a.db, 'a');
    await syncWorkspace(b.db, 'b');
    setFacts(a, [{ ref: 'NWD.ebitda.FY2025', value: 2 }]);
    setFacts(b, [{ ref: 'NWD.ebitda.FY2025', value: 3 }]);
    const [ra, rb] = await Promise.all([syncWorkspace(a.db, 'a'), syncWorkspace(b.db, 'b')]);
    expect(ra.pushed + rb.pushed).toBe(1);
    expect(ra.conflicts.length + rb.conflicts.length).toBe(1);
    const onDesk = Number(
      fx.cluster().psql("SELECT value FROM facts WHERE entity = 'NWD'", desk.db),
    );
    await syncWorkspace(a.db, 'a');
    await syncWorkspace(b.db, 'b');
    expect([valueOf(a, 'NWD.ebitda.FY2025'), valueOf(b, 'NWD.ebitda.FY2025')]).toEqual([
      onDesk,
      onDesk,
    ]);
    expect(readDeskStatus(a.db).waiting + readDeskStatus(b.db).waiting).toBe(0);
  });

  it('the network dropping mid-sync loses nothing, and the next sync finishes the job', async () => {
    const desk = await fx.newDesk();
    const a = fx.newWorkspace('a');
    const b = fx.newWorkspace('b');
    await connectDesk(a.db, desk.url('postgres'));
    await connectDesk(b.db, desk.url('postgres'));
    setFacts(b, [{ ref: 'CTSO.revenue.FY2025', value: 40 }]);
    await syncWorkspace(b.db, 'b');
    setFacts(a, [{ ref: 'NWD.ebitda.FY2025', value: 5 }]);
    const cut = (): Promise<void> => {
      fx.cluster().psql(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${desk.db}' AND application_name = 'tickmark'`,
      );
      return Promise.resolve();
    };
    // Cut before the push commits: the desk has nothing of it.
    const beforeCommit = await problemOf(syncWorkspace(a.db, 'a', { beforePushCommit: cut }));
    expect(beforeCommit.problem).toBe('dropped');
    expect(beforeCommit.message).toContain('Nothing was half-written');
    expect(
      fx.cluster().psql("SELECT count(*) FROM facts WHERE entity = 'NWD'", desk.db).trim(),
    ).toBe('0');
    expect(readDeskStatus(a.db).waiting).toBe(1);
    // Cut after the push committed, before the pull.
    expect((await problemOf(syncWorkspace(a.db, 'a', { afterPush: cut }))).problem).toBe('dropped');
    expect(readDeskStatus(a.db).waiting).toBe(0);
    expect(valueOf(a, 'CTSO.revenue.FY2025')).toBeUndefined();
    expect(await syncWorkspace(a.db, 'a')).toMatchObject({ pushed: 0, pulled: 1, conflicts: [] });
    expect(valueOf(a, 'CTSO.revenue.FY2025')).toBe(40);
    expect(
      fx.cluster().psql("SELECT count(*) FROM fact_history WHERE entity = 'NWD'", desk.db).trim(),
    ).toBe('1');
  });
});
