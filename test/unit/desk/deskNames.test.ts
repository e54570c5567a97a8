import { describe, expect, it } from 'vitest';
import { connectDesk } from '../../../app/backend/desk/connectDesk';
import { dismissConflicts, readDeskStatus } from '../../../app/backend/desk/deskStatus';
import { deskConflictLines, deskSyncSummary } from '../../../shared/api/deskApi';
import { tickmark } from '../cli/runTickmark';
import { syncWorkspace } from '../../../app/backend/desk/deskSync';
import { writeTransaction } from '../../../app/backend/db/writeTransaction';
import { getEntity, upsertEntity } from '../../../app/backend/entities/entityRepository';
import {
  createScenario,
  describeScenarioRow,
  getScenario,
} from '../../../app/backend/scenarios/scenarioRepository';
import type { Workspace } from '../../../app/backend/workspace/openWorkspace';
import {
  asDeskRole,
  deskTestsEnabled,
  expectNotPermitted,
  setFacts,
  useDeskCluster,
} from './deskFixture';

function rename(ws: Workspace, code: string, name: string, kind?: 'company' | 'deal'): void {
  writeTransaction(ws.db, () => upsertEntity(ws.db, { code, name, kind }));
}

describe.runIf(deskTestsEnabled)('entity names and scenario descriptions on the desk', () => {
  const fx = useDeskCluster();

  it('travel both ways like facts, each change kept in the desk’s history with who and when', async () => {
    const desk = await fx.newDesk();
    const a = fx.newWorkspace('a');
    const b = fx.newWorkspace('b');
    setFacts(a, [{ ref: 'NWD.ebitda.FY2025', value: 1, scenario: 'bull' }]);
    rename(a, 'NWD', 'Northwind', 'company');
    describeScenarioRow(a.db, 'bull', 'Rates fall in 2026');
    createScenario(a.db, 'stress', 'No facts yet');
    await connectDesk(a.db, desk.url('postgres'));
    await connectDesk(b.db, desk.url('postgres'));
    await syncWorkspace(a.db, 'a');
    const first = await syncWorkspace(b.db, 'b');
    expect(getEntity(b.db, 'NWD')).toMatchObject({ name: 'Northwind', kind: 'company' });
    expect(getScenario(b.db, 'bull').description).toBe('Rates fall in 2026');
    expect(getScenario(b.db, 'stress').description).toBe('No facts yet');
    expect(first.names.scenarios).toContain('stress');
    expect(readDeskStatus(b.db)).toMatchObject({ state: 'synced', waiting: 0 });

    // A rename and a new description wait (one change each), reach the desk, then the other.
    rename(b, 'NWD', 'Northwind Dynamics', 'deal');
    describeScenarioRow(b.db, 'bull', 'Rates fall in H1 2026');
    expect(readDeskStatus(b.db).waiting).toBe(2);
    await syncWorkspace(b.db, 'b');
    expect(readDeskStatus(b.db).waiting).toBe(0);
    const back = await syncWorkspace(a.db, 'a');
    expect(back.names).toEqual({ entities: ['NWD'], scenarios: ['bull'] });
    expect(getEntity(a.db, 'NWD')).toMatchObject({ name: 'Northwind Dynamics', kind: 'deal' });
    expect(getScenario(a.db, 'bull').description).toBe('Rates fall in H1 2026');
    expect(await syncWorkspace(a.db, 'a')).toMatchObject({
      pushed: 0,
      pulled: 0,
      names: { entities: [], scenarios: [] },
    });

    expect(
      fx
        .cluster()
        .psql(
          `SELECT string_agg(what || ' ' || code || ' ' || action || ' ' || coalesce(old_name, '-') || ' > ' || new_name || ' ' || who, ',' ORDER BY seq)
           FROM name_history WHERE code IN ('NWD', 'bull')`,
          desk.db,
        )
        .trim(),
    ).toBe(
      [
        'entity NWD create - > Northwind postgres',
        'scenario bull create - > Rates fall in 2026 postgres',
        'entity NWD update Northwind > Northwind Dynamics postgres',
        'scenario bull update Rates fall in 2026 > Rates fall in H1 2026 postgres',
      ].join(','),
    );
  });

  it('renamed here and on the desk: the desk’s name wins here too, and the local one is listed with both', async () => {
    const desk = await fx.newDesk();
    const a = fx.newWorkspace('a');
    const b = fx.newWorkspace('b');
    setFacts(a, [{ ref: 'NWD.ebitda.FY2025', value: 1, scenario: 'bull' }]);
    await connectDesk(a.db, desk.url('postgres'));
    await connectDesk(b.db, desk.url('postgres'));
    await syncWorkspace(a.db, 'a');
    await syncWorkspace(b.db, 'b');
    rename(b, 'NWD', 'From B');
    describeScenarioRow(b.db, 'bull', 'From the desk');
    await syncWorkspace(b.db, 'b');
    rename(a, 'NWD', 'From A', 'deal');
    describeScenarioRow(a.db, 'bull', 'Here');
    const lost = await syncWorkspace(a.db, 'a');
    expect(getEntity(a.db, 'NWD').name).toBe('From B');
    expect(getScenario(a.db, 'bull').description).toBe('From the desk');
    // The local values that lost are listed with both, like a fact's.
    const listed = [
      'conflict: entity NWD name here "From A" (deal), desk "From B" (other) (kept the desk\'s)',
      'conflict: scenario bull description here "Here", desk "From the desk" (kept the desk\'s)',
    ];
    expect(deskConflictLines(lost)).toEqual(listed);
    expect(deskSyncSummary(lost)).toBe('pushed 0, pulled 0, conflicts 2');
    expect(readDeskStatus(a.db)).toMatchObject({ state: 'conflicts', waiting: 0 });
    expect(readDeskStatus(a.db).nameConflicts).toMatchObject([
      { what: 'scenario', code: 'bull', here: 'Here', desk: 'From the desk', deskWho: 'postgres' },
      { what: 'entity', code: 'NWD', here: 'From A', hereKind: 'deal', desk: 'From B' },
    ]);
    const status = tickmark(['desk', 'status', a.path], fx.dir()).stdout.split('\n');
    expect(status).toEqual(expect.arrayContaining(listed));
    // Synced again without a change here: nothing more is listed; dismissed, nothing at all.
    expect((await syncWorkspace(a.db, 'a')).nameConflicts).toEqual([]);
    dismissConflicts(a.db);
    expect(readDeskStatus(a.db)).toMatchObject({ state: 'synced', nameConflicts: [] });
    expect(fx.cluster().psql("SELECT name FROM entities WHERE code = 'NWD'", desk.db).trim()).toBe(
      'From B',
    );
  });

  it('a desk_writer renames, but cannot forge who, when or the version of a name', async () => {
    const desk = await fx.newDesk();
    const c = fx.cluster();
    await asDeskRole(fx, desk.url, 'nina', 'desk_writer', async (client) => {
      await client.query("INSERT INTO entities (code, name) VALUES ('NWD', 'Northwind')");
      await client.query("UPDATE entities SET name = 'Northwind Dynamics' WHERE code = 'NWD'");
      await client.query("INSERT INTO scenarios (name, description) VALUES ('bull', 'Up')");
      await expectNotPermitted(client, [
        "UPDATE entities SET changed_by = 'someone_else'",
        'UPDATE entities SET seq = 1',
        "INSERT INTO scenarios (name, seq) VALUES ('bear', 1)",
        'DELETE FROM name_history',
      ]);
    });
    expect(
      c
        .psql(
          "SELECT string_agg(action || ' ' || new_name || ' ' || who, ',' ORDER BY seq) FROM name_history",
          desk.db,
        )
        .trim(),
    ).toBe('create Northwind nina,update Northwind Dynamics nina,create Up nina');
  });
});
