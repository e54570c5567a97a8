import { afterEach, describe, expect, it } from 'vitest';
import { backendWithWorkspace, type TestBackend } from './backendWithWorkspace';
import { useTempFolder } from './tempFolder';
import { evaluateMemo } from '../../../shared/memo/evaluateMemo';
import type { Memo } from '../../../shared/memo/memoTypes';
import { walkMemo } from '../../../shared/memo/walkMemo';

const temp = useTempFolder();
let t: TestBackend;
afterEach(() => t?.backend.close());

const capex = { entity: 'AMZN', metric: 'capex', period: 'FY2025' };

function csv(...rows: string[]): string {
  return ['entity,metric,period,value,unit,scenario', ...rows].join('\n') + '\n';
}

describe('CSV import with a scenario column', () => {
  it('imports base rows and overrides of the same fact from one file', async () => {
    t = await backendWithWorkspace(temp());
    const file = csv(
      'AMZN,capex,FY2025,130000000000,USD,',
      'AMZN,capex,FY2025,150000000000,USD,bull',
      'AMZN,capex,FY2025,100000000000,USD, bear ',
    );
    const preview = await t.call('import:preview', { csv: file, fileName: 'cases.csv' });
    expect(preview.rows.map((r) => [r.scenario, r.status, r.oldValue])).toEqual([
      ['', 'updated', 125e9],
      ['bull', 'new', null],
      ['bear', 'new', null],
    ]);
    const result = await t.call('import:commit', { csv: file, fileName: 'cases.csv' });
    expect(result.counts).toMatchObject({ new: 2, updated: 1, unchanged: 0 });
    const scenarios = new Set(
      t
        .takeEvents()
        .filter((e) => e.name === 'facts:changed')
        .map((e) => (e.payload as { scenario: string }).scenario),
    );
    expect(scenarios).toEqual(new Set(['', 'bull', 'bear']));
    expect((await t.call('facts:get', { ref: capex })).value).toBe(130e9);
    expect((await t.call('facts:get', { ref: { ...capex, scenario: 'bull' } })).value).toBe(150e9);
    // The sample's bull and bear cases had two overrides each.
    expect(
      (await t.call('scenarios:list', {})).scenarios.map((s) => [s.name, s.overrides]),
    ).toEqual([
      ['bear', 3],
      ['bull', 3],
    ]);
    const bull = await t.call('facts:all', { scenario: 'bull' });
    expect(bull.facts.find((f) => f.metric === 'capex' && f.period === 'FY2025')?.value).toBe(
      150e9,
    );

    const again = await t.call('import:preview', { csv: file, fileName: 'cases.csv' });
    expect(again.counts).toMatchObject({ new: 0, updated: 0, unchanged: 3 });
  });

  it('rejects a file that gives one override twice, or a bad scenario name, writing nothing', async () => {
    t = await backendWithWorkspace(temp());
    const before = await t.call('facts:list', {});
    const twice = await t.fail('import:commit', {
      csv: csv('AMZN,capex,FY2025,1,USD,bull', 'AMZN,capex,FY2025,2,USD,bull'),
      fileName: 'twice.csv',
    });
    expect(twice.message).toMatch(
      /line 3, column entity\/metric\/period\/scenario: AMZN\.capex\.FY2025 \(scenario bull\) is also on line 2/,
    );
    const bad = await t.fail('import:commit', {
      csv: csv('AMZN,capex,FY2025,1,USD,bull case'),
      fileName: 'bad.csv',
    });
    expect(bad.message).toMatch(/line 2, column scenario: "bull case" is not a scenario name/);
    expect((await t.call('scenarios:list', {})).scenarios.map((s) => s.name)).toEqual([
      'bear',
      'bull',
    ]);
    expect(await t.call('facts:list', {})).toEqual(before);
  });
});

describe('scenarios:*', () => {
  it('creates, describes, renames (with its overrides) and deletes a scenario', async () => {
    t = await backendWithWorkspace(temp());
    expect(await t.call('scenarios:create', { name: 'upside', description: 'Upside' })).toEqual({
      name: 'upside',
      description: 'Upside',
      overrides: 0,
    });
    expect((await t.fail('scenarios:create', { name: 'upside' })).code).toBe('conflict');
    await t.call('facts:create', { ...capex, scenario: 'upside', value: 150e9, unit: 'USD' });
    t.takeEvents();

    expect(
      await t.call('scenarios:describe', { name: 'upside', description: 'AWS re-rates' }),
    ).toEqual({ name: 'upside', description: 'AWS re-rates', overrides: 1 });
    const renamed = await t.call('scenarios:rename', { name: 'upside', to: 'strong' });
    expect(renamed).toEqual({ name: 'strong', description: 'AWS re-rates', overrides: 1 });
    const events = t.takeEvents();
    expect(events).toContainEqual({
      name: 'facts:changed',
      payload: { scenario: 'upside', upserted: [], removed: ['AMZN.capex.FY2025'] },
    });
    expect(events).toContainEqual({
      name: 'facts:changed',
      payload: expect.objectContaining({
        scenario: 'strong',
        upserted: [expect.objectContaining({ metric: 'capex', value: 150e9 })],
      }),
    });
    expect((await t.call('facts:get', { ref: { ...capex, scenario: 'strong' } })).value).toBe(
      150e9,
    );
    const history = await t.call('facts:history', { ref: { ...capex, scenario: 'strong' } });
    expect(history.changes[0]).toMatchObject({ action: 'create', scenario: 'strong' });

    expect((await t.fail('scenarios:rename', { name: 'upside', to: 'x' })).message).toBe(
      'Unknown scenario "upside" (the scenarios are bear, bull, strong).',
    );
    // The sample has a bear case: a rename may not take its name.
    expect((await t.fail('scenarios:rename', { name: 'strong', to: 'bear' })).code).toBe(
      'conflict',
    );

    expect(await t.call('scenarios:delete', { name: 'strong' })).toEqual({
      name: 'strong',
      overridesDeleted: 1,
    });
    expect((await t.call('facts:get', { ref: capex })).value).toBe(125e9);
    expect((await t.call('scenarios:list', {})).scenarios.map((s) => s.name)).toEqual([
      'bear',
      'bull',
    ]);
    expect((await t.call('scenarios:overrides', {})).scenarios.map((s) => s.name)).toEqual([
      'bear',
      'bull',
    ]);
    expect(await t.call('scenarios:delete', { name: 'bear' })).toMatchObject({
      overridesDeleted: 2,
    });
    expect((await t.call('facts:list', { scenario: 'bear' })).total).toBe(0);
  });

  it('a rename renames the scenario in every figure that names it, as a new version of each memo', async () => {
    t = await backendWithWorkspace(temp());
    const [sample] = (await t.call('memos:list', {})).memos;
    const other = await t.call('memos:create', { title: 'No cases' });
    const before = await t.call('memos:get', { id: sample!.id });
    const named = (memo: Memo, scenario: string) =>
      walkMemo(memo.doc).filter((i) => i.kind === 'figure' && i.node.attrs.scenario === scenario)
        .length;
    const bullFigures = named(before.memo, 'bull');
    expect(bullFigures).toBeGreaterThan(0);
    t.takeEvents();

    await t.call('scenarios:rename', { name: 'bull', to: 'upside' });
    const after = await t.call('memos:get', { id: sample!.id });
    expect(named(after.memo, 'bull')).toBe(0);
    expect(named(after.memo, 'upside')).toBe(bullFigures);
    expect(after.version).toBe(before.version + 1);
    expect(t.takeEvents()).toContainEqual({
      name: 'memos:changed',
      payload: { id: sample!.id, version: after.version, action: 'saved' },
    });
    expect((await t.call('memos:get', { id: other.id })).version).toBe(1);
    // Every figure still computes: none names a scenario that is gone.
    const facts = (await t.call('facts:all', {})).facts;
    const scenarios = (await t.call('scenarios:overrides', {})).scenarios;
    const evaluation = evaluateMemo(after.memo, facts, { scenarios, scenario: '' });
    expect(evaluation.figures.filter((f) => !f.value.ok).map((f) => f.place)).toEqual([]);
  });

  it('refuses a name that is not an identifier before anything runs', async () => {
    t = await backendWithWorkspace(temp());
    const error = await t.fail('scenarios:create', { name: 'bull case' });
    expect(error.code).toBe('invalid_args');
    expect((await t.call('scenarios:list', {})).scenarios.map((s) => s.name)).toEqual([
      'bear',
      'bull',
    ]);
  });
});
