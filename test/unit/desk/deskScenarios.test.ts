import { describe, expect, it } from 'vitest';
import { deskConflictLines } from '../../../shared/api/deskApi';
import { createMemo } from '../../../app/backend/memos/memoWrites';
import { getMemo } from '../../../app/backend/memos/memoQueries';
import { markdownToMemo } from '../../../shared/memo/markdownToMemo';
import { walkMemo } from '../../../shared/memo/walkMemo';
import { connectDesk } from '../../../app/backend/desk/connectDesk';
import { readDeskStatus } from '../../../app/backend/desk/deskStatus';
import { syncWorkspace } from '../../../app/backend/desk/deskSync';
import { CLI_CHANGE_CONTEXT } from '../../../app/backend/facts/changeContext';
import {
  deleteScenario,
  describeScenarioRow,
  listScenarios,
  renameScenario,
} from '../../../app/backend/scenarios/scenarioRepository';
import type { Workspace } from '../../../app/backend/workspace/openWorkspace';
import { asDeskRole, deskTestsEnabled, setFacts, useDeskCluster, valueOf } from './deskFixture';

const scenariosOf = (ws: Workspace) =>
  listScenarios(ws.db).map((s) => `${s.name} ${s.overrides} ${s.description}`);

/** A memo in `ws` with one figure that names `scenario`; its id. */
function memoNaming(ws: Workspace, scenario: string): number {
  const parsed = markdownToMemo(
    `# Cases\n\nEBITDA {{ NWD.ebitda.FY2025 @${scenario} | usd_billion }}.\n`,
  );
  if (!parsed.ok) throw new Error('the test memo does not parse');
  return createMemo(ws.db, { title: 'Cases', memo: parsed.memo }).id;
}

/** The scenarios the memo's figures name. */
function figureScenarios(ws: Workspace, id: number): (string | undefined)[] {
  return walkMemo(getMemo(ws.db, id).memo.doc).flatMap((i) =>
    i.kind === 'figure' ? [i.node.attrs.scenario] : [],
  );
}

describe.runIf(deskTestsEnabled)('scenario renames and deletes on the desk', () => {
  const fx = useDeskCluster();

  /** Two workspaces on one desk, A as the desk_writer `alice`, both holding the bull overrides. */
  async function twoWorkspaces() {
    const desk = await fx.newDesk();
    await asDeskRole(fx, desk.url, 'alice', 'desk_writer', () => Promise.resolve());
    const a = fx.newWorkspace('a');
    const b = fx.newWorkspace('b');
    setFacts(a, [
      { ref: 'NWD.ebitda.FY2025', value: 1 },
      { ref: 'NWD.ebitda.FY2025', value: 2, scenario: 'bull' },
      { ref: 'NWD.capex.FY2025', value: 5, scenario: 'bull' },
    ]);
    describeScenarioRow(a.db, 'bull', 'Rates fall');
    await connectDesk(a.db, desk.url('alice'));
    await connectDesk(b.db, desk.url('postgres'));
    await syncWorkspace(a.db, 'a');
    await syncWorkspace(b.db, 'b');
    expect(scenariosOf(b)).toEqual(['bull 2 Rates fall']);
    return { desk, a, b };
  }

  it('a rename and a delete reach the other workspace with the overrides, each in the history with who and when', async () => {
    const { desk, a, b } = await twoWorkspaces();
    renameScenario(a.db, 'bull', 'upside', CLI_CHANGE_CONTEXT);
    expect(readDeskStatus(a.db).waiting).toBeGreaterThan(0);
    await syncWorkspace(a.db, 'a');
    expect(readDeskStatus(a.db)).toMatchObject({ state: 'synced', waiting: 0 });
    const renamed = await syncWorkspace(b.db, 'b');
    expect(renamed.conflicts).toEqual([]);
    expect(renamed.names.scenarios).toEqual(expect.arrayContaining(['bull', 'upside']));
    expect(scenariosOf(b)).toEqual(['upside 2 Rates fall']);
    expect(valueOf(b, 'NWD.ebitda.FY2025', 'upside')).toBe(2);
    expect(valueOf(b, 'NWD.capex.FY2025', 'upside')).toBe(5);
    expect(valueOf(b, 'NWD.ebitda.FY2025', 'bull')).toBeUndefined();
    expect(readDeskStatus(b.db)).toMatchObject({ state: 'synced', waiting: 0 });
    expect(await syncWorkspace(b.db, 'b')).toMatchObject({ pushed: 0, pulled: 0 });
    expect(await syncWorkspace(a.db, 'a')).toMatchObject({ pushed: 0, pulled: 0 });
    expect(scenariosOf(a)).toEqual(['upside 2 Rates fall']);

    deleteScenario(a.db, 'upside', CLI_CHANGE_CONTEXT);
    await syncWorkspace(a.db, 'a');
    await syncWorkspace(b.db, 'b');
    expect(scenariosOf(b)).toEqual([]);
    expect(valueOf(b, 'NWD.ebitda.FY2025', 'upside')).toBeUndefined();
    expect(valueOf(b, 'NWD.ebitda.FY2025')).toBe(1);
    expect(readDeskStatus(b.db)).toMatchObject({ state: 'synced', waiting: 0 });
    expect(readDeskStatus(a.db)).toMatchObject({ state: 'synced', waiting: 0 });

    const c = fx.cluster();
    expect(
      c
        .psql(
          `SELECT string_agg(action || ' ' || code || ' ' || coalesce(renamed_to, '-') || ' ' || who || ' ' || (at IS NOT NULL), ',' ORDER BY seq)
           FROM name_history WHERE what = 'scenario'`,
          desk.db,
        )
        .trim(),
    ).toBe(
      [
        'create bull - alice true',
        'create upside - alice true',
        'rename bull upside alice true',
        'delete upside - alice true',
      ].join(','),
    );
    expect(
      c.psql("SELECT count(*) FROM facts WHERE scenario <> '' AND NOT deleted", desk.db).trim(),
    ).toBe('0');
  });

  it('an override made offline under the old name follows the rename; one changed in a deleted scenario is a conflict', async () => {
    const { desk, a, b } = await twoWorkspaces();
    // B, offline: a new override and a changed one, both under bull.
    setFacts(b, [
      { ref: 'NWD.revenue.FY2025', value: 9, scenario: 'bull' },
      { ref: 'NWD.ebitda.FY2025', value: 3, scenario: 'bull' },
    ]);
    renameScenario(a.db, 'bull', 'upside', CLI_CHANGE_CONTEXT);
    await syncWorkspace(a.db, 'a');
    const followed = await syncWorkspace(b.db, 'b');
    expect(followed.conflicts).toEqual([]);
    expect(followed.pushed).toBe(2);
    expect(scenariosOf(b)).toEqual(['upside 3 Rates fall']);
    expect(valueOf(b, 'NWD.ebitda.FY2025', 'upside')).toBe(3);
    expect(valueOf(b, 'NWD.revenue.FY2025', 'upside')).toBe(9);
    await syncWorkspace(a.db, 'a');
    expect(scenariosOf(a)).toEqual(['upside 3 Rates fall']);
    expect(valueOf(a, 'NWD.ebitda.FY2025', 'upside')).toBe(3);
    expect(valueOf(a, 'NWD.revenue.FY2025', 'upside')).toBe(9);
    const c = fx.cluster();
    expect(
      c
        .psql(
          "SELECT string_agg(scenario || ' ' || metric || ' ' || value, ',' ORDER BY metric) FROM facts WHERE scenario <> '' AND NOT deleted",
          desk.db,
        )
        .trim(),
    ).toBe('upside capex 5,upside ebitda 3,upside revenue 9');

    // B, offline again, changes an override of a scenario A deletes: the desk's delete wins,
    // B's value is listed as a conflict and kept in the fact's history here.
    setFacts(b, [{ ref: 'NWD.capex.FY2025', value: 6, scenario: 'upside' }]);
    deleteScenario(a.db, 'upside', CLI_CHANGE_CONTEXT);
    await syncWorkspace(a.db, 'a');
    const lost = await syncWorkspace(b.db, 'b');
    expect(lost.conflicts).toMatchObject([
      { entity: 'NWD', metric: 'capex', scenario: 'upside', here: 6, desk: null, deskWho: 'alice' },
    ]);
    expect(scenariosOf(b)).toEqual([]);
    expect(readDeskStatus(b.db)).toMatchObject({ state: 'conflicts', waiting: 0 });
    expect(
      b.db
        .prepare(
          "SELECT old_value FROM fact_changes WHERE metric = 'capex' AND scenario = 'upside' AND action = 'delete' ORDER BY id DESC LIMIT 1",
        )
        .pluck()
        .get(),
    ).toBe(6);
    expect(
      c.psql("SELECT count(*) FROM facts WHERE scenario <> '' AND NOT deleted", desk.db).trim(),
    ).toBe('0');
  });

  it("a scenario moved both here and on the desk keeps the desk's move and lists the one here that lost", async () => {
    const { desk, a, b } = await twoWorkspaces();
    // Both rename bull, differently: A syncs first, so the desk's name is upside.
    const memo = memoNaming(b, 'bull');
    renameScenario(a.db, 'bull', 'upside', CLI_CHANGE_CONTEXT);
    renameScenario(b.db, 'bull', 'optimistic', CLI_CHANGE_CONTEXT);
    expect(figureScenarios(b, memo)).toEqual(['optimistic']);
    await syncWorkspace(a.db, 'a');
    const renamed = await syncWorkspace(b.db, 'b');
    // B's figures follow the desk's name, and an open editor is told of the new version.
    expect(figureScenarios(b, memo)).toEqual(['upside']);
    expect(renamed.memos).toEqual([{ id: memo, version: 3 }]);
    expect(renamed.conflicts).toEqual([]);
    expect(renamed.nameConflicts).toMatchObject([
      {
        what: 'scenario',
        about: 'move',
        code: 'bull',
        here: 'optimistic',
        desk: 'upside',
        deskWho: 'alice',
      },
    ]);
    expect(deskConflictLines(renamed)).toEqual([
      "conflict: scenario bull here renamed to optimistic, desk renamed to upside (kept the desk's)",
    ]);
    expect(scenariosOf(b)).toEqual(['upside 2 Rates fall']);
    expect(valueOf(b, 'NWD.capex.FY2025', 'upside')).toBe(5);
    expect(readDeskStatus(b.db)).toMatchObject({ state: 'conflicts', waiting: 0 });
    expect(readDeskStatus(b.db).nameConflicts).toHaveLength(1);
    // Run again, nothing more is moved or listed, and A is unchanged.
    expect(await syncWorkspace(b.db, 'b')).toMatchObject({
      pushed: 0,
      pulled: 0,
      nameConflicts: [],
    });
    expect(await syncWorkspace(a.db, 'a')).toMatchObject({
      pushed: 0,
      pulled: 0,
      nameConflicts: [],
    });
    expect(scenariosOf(a)).toEqual(['upside 2 Rates fall']);

    // B deletes upside while A renames it: the desk's rename wins and upside comes back as downside.
    deleteScenario(b.db, 'upside', CLI_CHANGE_CONTEXT);
    renameScenario(a.db, 'upside', 'downside', CLI_CHANGE_CONTEXT);
    await syncWorkspace(a.db, 'a');
    const deleted = await syncWorkspace(b.db, 'b');
    expect(figureScenarios(b, memo)).toEqual(['downside']);
    expect(deskConflictLines(deleted)).toEqual([
      "conflict: scenario upside here deleted, desk renamed to downside (kept the desk's)",
    ]);
    expect(scenariosOf(b)).toEqual(['downside 2 Rates fall']);
    expect(valueOf(b, 'NWD.ebitda.FY2025', 'downside')).toBe(2);

    // B renames downside while A deletes it: the desk's delete wins.
    renameScenario(b.db, 'downside', 'base_case', CLI_CHANGE_CONTEXT);
    deleteScenario(a.db, 'downside', CLI_CHANGE_CONTEXT);
    await syncWorkspace(a.db, 'a');
    const gone = await syncWorkspace(b.db, 'b');
    expect(deskConflictLines(gone)).toEqual([
      "conflict: scenario downside here renamed to base_case, desk deleted (kept the desk's)",
    ]);
    expect(scenariosOf(b)).toEqual([]);
    expect(valueOf(b, 'NWD.ebitda.FY2025', 'base_case')).toBeUndefined();
    expect(readDeskStatus(b.db).nameConflicts.map((c) => c.code)).toEqual([
      'downside',
      'upside',
      'bull',
    ]);
    await syncWorkspace(a.db, 'a');
    expect(scenariosOf(a)).toEqual([]);
    const c = fx.cluster();
    expect(c.psql('SELECT count(*) FROM scenarios WHERE NOT deleted', desk.db).trim()).toBe('0');

    // Both delete the same scenario: nothing lost, nothing listed.
    setFacts(a, [{ ref: 'NWD.ebitda.FY2025', value: 4, scenario: 'bear' }]);
    await syncWorkspace(a.db, 'a');
    await syncWorkspace(b.db, 'b');
    deleteScenario(a.db, 'bear', CLI_CHANGE_CONTEXT);
    deleteScenario(b.db, 'bear', CLI_CHANGE_CONTEXT);
    await syncWorkspace(a.db, 'a');
    expect(await syncWorkspace(b.db, 'b')).toMatchObject({ conflicts: [], nameConflicts: [] });
    expect(scenariosOf(b)).toEqual([]);
  });

  it('a scenario that only shares its name with one the desk deleted before is left alone', async () => {
    const { desk, a } = await twoWorkspaces();
    deleteScenario(a.db, 'bull', CLI_CHANGE_CONTEXT);
    await syncWorkspace(a.db, 'a');
    // C joins later with a bull case of its own and a memo that names it.
    const c = fx.newWorkspace('c');
    setFacts(c, [{ ref: 'NWD.ebitda.FY2025', value: 7, scenario: 'bull' }]);
    const memo = memoNaming(c, 'bull');
    await connectDesk(c.db, desk.url('postgres'));
    const joined = await syncWorkspace(c.db, 'c');
    expect(joined).toMatchObject({ conflicts: [], nameConflicts: [], memos: [] });
    expect(valueOf(c, 'NWD.ebitda.FY2025', 'bull')).toBe(7);
    expect(figureScenarios(c, memo)).toEqual(['bull']);
    expect(await syncWorkspace(c.db, 'c')).toMatchObject({ pushed: 0, nameConflicts: [] });
    expect(valueOf(c, 'NWD.ebitda.FY2025', 'bull')).toBe(7);
    // The desk has C's bull again, and A gets it at its next sync.
    await syncWorkspace(a.db, 'a');
    expect(valueOf(a, 'NWD.ebitda.FY2025', 'bull')).toBe(7);
  });
});
