import { afterEach, describe, expect, it } from 'vitest';
import { backendWithWorkspace, type TestBackend } from './backendWithWorkspace';
import { useTempFolder } from './tempFolder';

const temp = useTempFolder();
let t: TestBackend;
afterEach(() => t?.backend.close());

const HEADER = 'entity,entity_name,kind,metric,period,value,unit,source,as_of,note';

function csv(...rows: string[]): string {
  return [HEADER, ...rows].join('\n') + '\n';
}

const good = csv(
  'MSFT,Microsoft,company,capex,FY2025,80000000000,USD,10-K,2025-07-30,',
  'MSFT,Microsoft,company,revenue,FY2025,281700000000,USD,10-K,2025-07-30,',
  'MSFT,Microsoft,company,ev_ebitda,LTM,24.1,x,,2025-09-30,"note, with a comma"',
  'ROUND_B,Series B,deal,size,D2025_09_30,1.5e8,USD,term sheet,,',
  'FUND_I,,,irr,CY2024,0.182,pct,,,',
);

/** Everything the workspace holds, to prove a rejected import wrote nothing. */
async function state(t: TestBackend): Promise<unknown> {
  const { db } = t.backend.workspace.current();
  return {
    facts: db.prepare('SELECT * FROM facts ORDER BY id').all(),
    entities: db.prepare('SELECT * FROM entities ORDER BY id').all(),
    changes: db.prepare('SELECT count(*) FROM fact_changes').pluck().get(),
  };
}

describe('CSV import', () => {
  it('previews a good file without writing, then commits it in one go', async () => {
    t = await backendWithWorkspace(temp());
    const before = await state(t);
    const preview = await t.call('import:preview', { csv: good, fileName: 'good.csv' });
    expect(preview).toMatchObject({
      fileName: 'good.csv',
      total: 5,
      counts: { new: 5, updated: 0, unchanged: 0, newEntities: 3 },
      truncated: false,
    });
    expect(preview.rows[3]).toEqual({
      line: 5,
      entity: 'ROUND_B',
      metric: 'size',
      period: 'D2025_09_30',
      scenario: '',
      status: 'new',
      value: 1.5e8,
      oldValue: null,
      unit: 'USD',
      changed: [],
    });
    expect(await state(t)).toEqual(before);
    expect(t.takeEvents()).toEqual([]);

    const result = await t.call('import:commit', { csv: good, fileName: 'good.csv' });
    expect(result).toEqual({
      fileName: 'good.csv',
      counts: { new: 5, updated: 0, unchanged: 0, newEntities: 3 },
    });
    const events = t.takeEvents();
    const changed = events.filter((e) => e.name === 'facts:changed');
    expect(changed).toHaveLength(1);
    expect(changed[0]?.payload).toMatchObject({ scenario: '', removed: [] });
    expect((changed[0]?.payload as { upserted: unknown[] }).upserted).toHaveLength(5);
    expect(events.filter((e) => e.name === 'import:progress').at(-1)?.payload).toEqual({
      done: 5,
      total: 5,
    });
    expect(events.find((e) => e.name === 'entities:changed')?.payload).toEqual({
      codes: ['MSFT', 'ROUND_B', 'FUND_I'],
    });

    const msft = await t.call('facts:get', {
      ref: { entity: 'MSFT', metric: 'ev_ebitda', period: 'LTM' },
    });
    expect(msft).toMatchObject({
      value: 24.1,
      unit: 'x',
      source: '',
      asOf: '2025-09-30',
      note: 'note, with a comma',
    });
    const { entities } = await t.call('entities:list', {});
    expect(entities.find((e) => e.code === 'FUND_I')).toMatchObject({
      name: 'FUND_I',
      kind: 'other',
    });
    expect(entities.find((e) => e.code === 'ROUND_B')).toMatchObject({
      name: 'Series B',
      kind: 'deal',
    });
    const history = await t.call('facts:history', {
      ref: { entity: 'MSFT', metric: 'capex', period: 'FY2025' },
    });
    expect(history.changes).toEqual([
      expect.objectContaining({
        action: 'create',
        newValue: 8e10,
        origin: 'import',
        before: null,
        after: { value: 8e10, unit: 'USD', source: '10-K', asOf: '2025-07-30', note: '' },
      }),
    ]);
  });

  it('rejects a file with a bad row in the middle: the error names line and column, and nothing changes', async () => {
    t = await backendWithWorkspace(temp());
    const before = await state(t);
    const bad = csv(
      'MSFT,Microsoft,company,capex,FY2025,80000000000,USD,,,',
      'MSFT,Microsoft,company,revenue,FY2025,1,USD,,,',
      'AMZN,,,capex,FY2025,1,USD,,,',
      'MSFT,Microsoft,company,a,FY2025,2,USD,,,',
      'MSFT,Microsoft,company,b,FY2025,3,USD,,,',
      'MSFT,Microsoft,company,c,FY2025,abc,USD,,,',
      'MSFT,Microsoft,company,d,FY2025,4,USD,,,',
    );
    for (const name of ['import:preview', 'import:commit'] as const) {
      const error = await t.fail(name, { csv: bad, fileName: 'deals.csv' });
      expect(error).toEqual({
        code: 'invalid_args',
        message: 'deals.csv, line 7, column value: "abc" is not a number. Nothing was imported.',
        where: 'line 7, column value',
        problems: [
          { code: 'bad_field', message: '"abc" is not a number', place: 'line 7, column value' },
        ],
      });
    }
    expect(await state(t)).toEqual(before);
    expect(t.takeEvents()).toEqual([]);
  });

  it.each([
    [
      'an unknown period form',
      'AMZN,,,capex,2025,1,USD,,,',
      'line 3, column period: "2025" is not a period',
    ],
    [
      'an entity that is not an identifier',
      '1AMZN,,,capex,FY2025,1,USD,,,',
      'line 3, column entity: "1AMZN" is not an identifier',
    ],
    [
      'a metric with a space',
      'AMZN,,,cap ex,FY2025,1,USD,,,',
      'line 3, column metric: "cap ex" is not an identifier',
    ],
    [
      'an empty value',
      'AMZN,,,capex,FY2025,,USD,,,',
      'line 3, column value: is empty (it is required)',
    ],
    [
      'a value with a thousands separator',
      'AMZN,,,capex,FY2025,"1,000",USD,,,',
      'line 3, column value: "1,000" is not a number',
    ],
    ['an unknown unit', 'AMZN,,,capex,FY2025,1,%,,,', 'line 3, column unit: "%" is not a unit'],
    [
      'an unknown kind',
      'NEWCO,New,bank,capex,FY2025,1,USD,,,',
      'line 3, column kind: "bank" is not a kind',
    ],
    [
      'an impossible as-of date',
      'AMZN,,,capex,FY2025,1,USD,,2025-13-01,',
      'line 3, column as_of: "2025-13-01" is not a date',
    ],
    [
      'a row with too many fields',
      'AMZN,,,capex,FY2025,1,USD,,,,extra',
      'line 3: 11 fields where the header has 10',
    ],
    [
      'the same fact twice',
      'AMZN,,,ev_ebitda,LTM,2,x,,,',
      'line 3, column entity/metric/period: AMZN.ev_ebitda.LTM is also on line 2',
    ],
  ])('reports %s with its line and column', async (_label, row, expected) => {
    t = await backendWithWorkspace(temp());
    const before = await state(t);
    const error = await t.fail('import:commit', {
      csv: csv('AMZN,,,ev_ebitda,LTM,20,x,,,', row),
      fileName: 'f.csv',
    });
    expect(error.message).toContain(`f.csv, ${expected}`);
    expect(await state(t)).toEqual(before);
  });

  it('lists several problems at once', async () => {
    t = await backendWithWorkspace(temp());
    const error = await t.fail('import:preview', {
      csv: csv('A,,,m,FY2025,x,,,,', 'B,,,m,FY2025,1,,,,', 'C,,,m,FY20,1,,,,'),
      fileName: 'f.csv',
    });
    expect(error.message).toBe(
      'f.csv, line 2, column value: "x" is not a number (and 1 more problem: line 4, column period: "FY20" is not a period (FY2025, CY2025, H1_2025, Q3_2025, LTM or D2025_09_30)). Nothing was imported.',
    );
  });

  it('counts file lines, not records, when a quoted field spans lines', async () => {
    t = await backendWithWorkspace(temp());
    const error = await t.fail('import:preview', {
      csv: csv('A,,,m,FY2025,1,,,,"two\nlines"', '', 'B,,,m,FY2025,oops,,,,'),
      fileName: 'f.csv',
    });
    expect(error.where).toBe('line 5, column value');
  });

  it('requires the entity, metric, period and value columns, in any order, ignoring others', async () => {
    t = await backendWithWorkspace(temp());
    const missing = await t.fail('import:preview', {
      csv: 'entity,metric,amount\nA,m,1\n',
      fileName: 'f.csv',
    });
    expect(missing.message).toBe(
      'f.csv, line 1: the header lacks the columns period, value. Nothing was imported.',
    );
    const semicolons = await t.fail('import:preview', {
      csv: 'entity;metric;period;value\n',
      fileName: 'f.csv',
    });
    expect(semicolons.message).toMatch(/the file must be comma-separated/);
    const reordered = await t.call('import:commit', {
      csv: '\uFEFFValue, Period ,metric,entity,comment\n7,FY2024,m,ZZ,ignored\n',
      fileName: 'f.csv',
    });
    expect(reordered.counts).toMatchObject({ new: 1 });
    expect(
      await t.call('facts:get', { ref: { entity: 'ZZ', metric: 'm', period: 'FY2024' } }),
    ).toMatchObject({ value: 7 });
  });

  it('updates existing facts, keeps what absent columns do not say, and leaves unchanged rows alone', async () => {
    t = await backendWithWorkspace(temp());
    const update =
      'entity,metric,period,value,unit\n' +
      'AMZN,capex,FY2025,100000000000,USD\n' + // updated
      'AMZN,ev_ebitda,LTM,19.3,x\n' + // unchanged
      'AMZN,p_fcf,LTM,87.9,\n' + // unit changes to empty
      'AMZN,opex,FY2025,1,USD\n'; // new
    const preview = await t.call('import:preview', { csv: update, fileName: 'u.csv' });
    expect(preview.counts).toEqual({ new: 1, updated: 2, unchanged: 1, newEntities: 0 });
    expect(preview.rows.map((r) => [r.status, r.oldValue, r.changed])).toEqual([
      ['updated', 125e9, ['value']],
      ['unchanged', 19.3, []],
      ['updated', 87.9, ['unit']],
      ['new', null, []],
    ]);
    await t.call('import:commit', { csv: update, fileName: 'u.csv' });
    const capex = await t.call('facts:get', {
      ref: { entity: 'AMZN', metric: 'capex', period: 'FY2025' },
    });
    expect(capex).toMatchObject({
      value: 1e11,
      source: 'amazon-openai-article.txt',
      asOf: '2026-01-30',
    });
    const [changed] = t.takeEvents().filter((e) => e.name === 'facts:changed');
    expect(
      (changed?.payload as { upserted: { metric: string }[] }).upserted.map((f) => f.metric),
    ).toEqual(['capex', 'p_fcf', 'opex']);
    const history = await t.call('facts:history', {
      ref: { entity: 'AMZN', metric: 'capex', period: 'FY2025' },
    });
    expect(history.changes[0]).toMatchObject({
      action: 'update',
      oldValue: 125e9,
      newValue: 1e11,
      origin: 'import',
    });
    expect(
      (
        await t.call('facts:history', {
          ref: { entity: 'AMZN', metric: 'ev_ebitda', period: 'LTM' },
        })
      ).changes,
    ).toHaveLength(1);
  });

  it('reports progress while committing a large file, and refuses other writes until it is done', async () => {
    t = await backendWithWorkspace(temp(), false);
    const rows = Array.from({ length: 25_000 }, (_, i) => `E${i % 50},m${i},FY2025,${i}`);
    const big = `entity,metric,period,value\n${rows.join('\n')}\n`;
    const commit = t.backend.router.invoke('import:commit', { csv: big, fileName: 'big.csv' });
    const during = await t.backend.router.invoke('facts:create', {
      entity: 'X',
      metric: 'm',
      period: 'FY2025',
      value: 1,
    });
    expect(during).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/An import is being written/) },
    });
    expect(await commit).toMatchObject({
      ok: true,
      value: { counts: { new: 25_000, newEntities: 50 } },
    });
    const progress = t
      .takeEvents()
      .filter((e) => e.name === 'import:progress')
      .map((e) => e.payload);
    expect(progress).toEqual([
      { done: 0, total: 25_000 },
      { done: 10_000, total: 25_000 },
      { done: 20_000, total: 25_000 },
      { done: 25_000, total: 25_000 },
    ]);
    expect((await t.call('facts:list', { limit: 1 })).total).toBe(25_000);
  });
});
