import { afterEach, describe, expect, it } from 'vitest';
import { backendWithWorkspace, type TestBackend } from './backendWithWorkspace';
import { useTempFolder } from './tempFolder';

const temp = useTempFolder();
let t: TestBackend;
afterEach(() => t?.backend.close());

const capex = { entity: 'AMZN', metric: 'capex', period: 'FY2025' };

describe('facts API', () => {
  it('lists the sample facts with filters, text search, sorting and paging, and counts the total', async () => {
    t = await backendWithWorkspace(temp());
    const all = await t.call('facts:list', { scenario: '' });
    expect(all.total).toBe(8);
    expect(all.rows.map((r) => `${r.entity}.${r.metric}`)).toEqual([
      'AMZN.aws_revenue_growth_yoy',
      'AMZN.capex',
      'AMZN.ev_ebitda',
      'AMZN.ev_revenue',
      'AMZN.p_fcf',
      'OPENAI.ipo_valuation_floated',
      'OPENAI_ROUND.amazon_commitment',
      'OPENAI_ROUND.round_size',
    ]);
    expect(all.rows[1]).toEqual({
      id: expect.any(Number),
      ...capex,
      entityName: 'Amazon.com, Inc.',
      scenario: '',
      value: 125_000_000_000,
      unit: 'USD',
      source: 'amazon-openai-article.txt',
      asOf: '2026-01-30',
      note: 'expected total 2025 capital expenditure, as the article states it',
      updatedAt: expect.any(String),
    });
    expect((await t.call('facts:list', { entity: 'OPENAI_ROUND', scenario: '' })).total).toBe(2);
    expect((await t.call('facts:list', { period: 'LTM' })).total).toBe(3);
    expect((await t.call('facts:list', { text: 'NEGOTIATION' })).rows.map((r) => r.metric)).toEqual(
      ['amazon_commitment'],
    );
    expect((await t.call('facts:list', { text: 'openai_round', scenario: '' })).total).toBe(2); // code in any case, _ literal
    const byValue = await t.call('facts:list', {
      scenario: '',
      sort: { column: 'value', direction: 'desc' },
      limit: 2,
      offset: 1,
    });
    expect(byValue.total).toBe(8);
    expect(byValue.rows.map((r) => r.value)).toEqual([125_000_000_000, 100_000_000_000]);
    const byPeriod = await t.call('facts:list', {
      entity: 'AMZN',
      sort: { column: 'period', direction: 'asc' },
    });
    expect(byPeriod.rows.map((r) => r.period)).toEqual(['Q3_2025', 'FY2025', 'LTM', 'LTM', 'LTM']);
  });

  it('creates a fact and its entity, and pushes exactly the new fact', async () => {
    t = await backendWithWorkspace(temp());
    const row = await t.call('facts:create', {
      entity: 'MSFT',
      metric: 'capex',
      period: 'FY2025',
      value: 80e9,
      unit: 'USD',
      entityName: 'Microsoft',
      entityKind: 'company',
    });
    expect(row).toMatchObject({
      entity: 'MSFT',
      entityName: 'Microsoft',
      value: 80e9,
      asOf: null,
      source: '',
    });
    expect(t.takeEvents()).toEqual([
      {
        name: 'facts:changed',
        payload: {
          scenario: '',
          upserted: [
            {
              entity: 'MSFT',
              metric: 'capex',
              period: 'FY2025',
              value: 80e9,
              unit: 'USD',
              source: '',
              asOf: null,
            },
          ],
          removed: [],
        },
      },
      { name: 'entities:changed', payload: { codes: ['MSFT'] } },
    ]);
    const entities = await t.call('entities:list', {});
    expect(entities.entities.find((e) => e.code === 'MSFT')).toEqual({
      code: 'MSFT',
      name: 'Microsoft',
      kind: 'company',
      factCount: 1,
    });
  });

  it('refuses to create a fact that exists, and writes nothing', async () => {
    t = await backendWithWorkspace(temp());
    const error = await t.fail('facts:create', { ...capex, value: 1 });
    expect(error).toEqual({
      code: 'conflict',
      message: 'AMZN.capex.FY2025 already exists.',
      where: 'AMZN.capex.FY2025',
    });
    expect(t.takeEvents()).toEqual([]);
  });

  it.each([
    [
      'a value that is not finite',
      { ...capex, metric: 'x', value: Number.POSITIVE_INFINITY },
      'value',
    ],
    ['an entity that is not an identifier', { ...capex, entity: 'AM ZN', value: 1 }, 'entity'],
    ['an unknown period form', { ...capex, period: '2025', value: 1 }, 'period'],
    ['an unknown unit', { ...capex, metric: 'y', value: 1, unit: '%' }, 'unit'],
    ['an impossible as-of date', { ...capex, metric: 'z', value: 1, asOf: '2025-02-30' }, 'asOf'],
  ])('refuses %s, naming the field', async (_label, args, field) => {
    t = await backendWithWorkspace(temp());
    const error = await t.fail('facts:create', args);
    expect(error.code).toBe('invalid_args');
    expect(error.where).toBe(field);
    expect(t.takeEvents()).toEqual([]);
  });

  it('updates a value, logs old and new value with who, when and origin, and pushes the change', async () => {
    t = await backendWithWorkspace(temp());
    const updated = await t.call('facts:update', { ref: capex, set: { value: 100e9 } });
    expect(updated.value).toBe(100e9);
    expect(t.takeEvents()).toEqual([
      {
        name: 'facts:changed',
        payload: {
          scenario: '',
          upserted: [expect.objectContaining({ ...capex, value: 100e9, unit: 'USD' })],
          removed: [],
        },
      },
    ]);
    const { changes } = await t.call('facts:history', { ref: { id: updated.id } });
    expect(changes).toHaveLength(2);
    expect(changes[0]).toMatchObject({
      ...capex,
      action: 'update',
      oldValue: 125e9,
      newValue: 100e9,
      origin: 'ui',
      who: expect.stringMatching(/.+/),
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(changes[1]).toMatchObject({
      action: 'create',
      oldValue: null,
      newValue: 125e9,
      origin: 'import',
    });
  });

  it('an update that changes nothing writes nothing and pushes nothing', async () => {
    t = await backendWithWorkspace(temp());
    await t.call('facts:update', { ref: capex, set: { value: 125e9, unit: 'USD' } });
    expect(t.takeEvents()).toEqual([]);
    expect((await t.call('facts:history', { ref: capex })).changes).toHaveLength(1);
  });

  it('moving a fact to another period pushes the old key as removed and the new fact as upserted', async () => {
    t = await backendWithWorkspace(temp());
    await t.call('facts:update', { ref: capex, set: { period: 'FY2026' } });
    const [event] = t.takeEvents();
    expect(event?.payload).toEqual({
      scenario: '',
      upserted: [
        expect.objectContaining({
          entity: 'AMZN',
          metric: 'capex',
          period: 'FY2026',
          value: 125e9,
        }),
      ],
      removed: ['AMZN.capex.FY2025'],
    });
    expect((await t.call('facts:history', { ref: capex })).changes[0]?.action).toBe('delete');
    const error = await t.fail('facts:update', {
      ref: { ...capex, period: 'FY2026' },
      set: { metric: 'ev_ebitda', period: 'LTM' },
    });
    expect(error.code).toBe('conflict');
  });

  it('deletes facts in one transaction: an unknown one deletes nothing', async () => {
    t = await backendWithWorkspace(temp());
    const missing = await t.fail('facts:delete', { refs: [capex, { ...capex, metric: 'nope' }] });
    expect(missing).toMatchObject({
      code: 'not_found',
      message: 'There is no fact AMZN.capex.FY2025.'.replace('capex', 'nope'),
    });
    expect((await t.call('facts:list', { scenario: '' })).total).toBe(8);
    expect(
      await t.call('facts:delete', {
        refs: [capex, { entity: 'AMZN', metric: 'p_fcf', period: 'LTM' }],
      }),
    ).toEqual({ deleted: 2 });
    expect(t.takeEvents()).toEqual([
      {
        name: 'facts:changed',
        payload: { scenario: '', upserted: [], removed: ['AMZN.capex.FY2025', 'AMZN.p_fcf.LTM'] },
      },
    ]);
    expect(await t.fail('facts:get', { ref: capex })).toMatchObject({ code: 'not_found' });
    const history = await t.call('facts:history', { ref: capex });
    expect(history.changes[0]).toMatchObject({ action: 'delete', oldValue: 125e9, newValue: null });
  });

  it('upserts many facts at once, counting created, updated and unchanged', async () => {
    t = await backendWithWorkspace(temp());
    const counts = await t.call('facts:upsertMany', {
      facts: [
        {
          ...capex,
          value: 125e9,
          unit: 'USD',
          source: 'amazon-openai-article.txt',
          asOf: '2026-01-30',
          note: 'expected total 2025 capital expenditure, as the article states it',
        },
        { entity: 'AMZN', metric: 'p_fcf', period: 'LTM', value: 90, unit: 'x' },
        { entity: 'NEW_CO', metric: 'revenue', period: 'FY2024', value: 5, unit: 'USD' },
      ],
    });
    expect(counts).toEqual({ created: 1, updated: 1, unchanged: 1 });
    const [changed] = t.takeEvents();
    expect(changed?.payload).toMatchObject({
      upserted: [
        { metric: 'p_fcf', value: 90 },
        { entity: 'NEW_CO', value: 5 },
      ],
    });
    const history = await t.call('facts:history', {
      ref: { entity: 'AMZN', metric: 'p_fcf', period: 'LTM' },
    });
    expect(history.changes[0]).toMatchObject({ origin: 'api', oldValue: 87.9, newValue: 90 });
  });

  it('keeps scenario facts apart from the base case and overlays them in facts:all', async () => {
    t = await backendWithWorkspace(temp());
    await t.call('facts:create', { ...capex, scenario: 'bear', value: 90e9, unit: 'USD' });
    expect(t.takeEvents()[0]?.payload).toMatchObject({ scenario: 'bear' });
    const base = await t.call('facts:all', {});
    expect(base.facts.find((f) => f.metric === 'capex')?.value).toBe(125e9);
    expect(base.facts).toHaveLength(8);
    expect(base.entities.map((e) => e.code)).toEqual(['AMZN', 'OPENAI', 'OPENAI_ROUND']);
    const bear = await t.call('facts:all', { scenario: 'bear' });
    expect(bear.facts.find((f) => f.metric === 'capex')?.value).toBe(90e9);
    expect(bear.facts).toHaveLength(8);
    expect((await t.call('facts:list', { scenario: '' })).total).toBe(8);
    // Every case: 8 base facts, the sample's 4 bull and bear overrides, and the new one.
    expect((await t.call('facts:list', {})).total).toBe(13);
  });

  it('deletes an entity only with its facts when asked, and reports them removed', async () => {
    t = await backendWithWorkspace(temp());
    expect(await t.fail('entities:delete', { code: 'OPENAI_ROUND' })).toMatchObject({
      code: 'conflict',
      // Its 2 base facts and the sample's bull and bear overrides of its commitment.
      message: expect.stringMatching(/still has 4 facts/),
    });
    expect(await t.call('entities:delete', { code: 'OPENAI_ROUND', withFacts: true })).toEqual({
      code: 'OPENAI_ROUND',
      factsDeleted: 4,
    });
    expect(t.takeEvents()).toEqual([
      {
        name: 'facts:changed',
        payload: {
          scenario: '',
          upserted: [],
          removed: ['OPENAI_ROUND.round_size.FY2026', 'OPENAI_ROUND.amazon_commitment.FY2026'],
        },
      },
      {
        name: 'facts:changed',
        payload: {
          scenario: 'bull',
          upserted: [],
          removed: ['OPENAI_ROUND.amazon_commitment.FY2026'],
        },
      },
      {
        name: 'facts:changed',
        payload: {
          scenario: 'bear',
          upserted: [],
          removed: ['OPENAI_ROUND.amazon_commitment.FY2026'],
        },
      },
      { name: 'entities:changed', payload: { codes: ['OPENAI_ROUND'] } },
    ]);
    await t.call('entities:upsert', { code: 'EMPTY', name: 'Nothing yet', kind: 'fund' });
    expect(await t.call('entities:delete', { code: 'EMPTY' })).toEqual({
      code: 'EMPTY',
      factsDeleted: 0,
    });
  });

  it('entity codes are case-sensitive', async () => {
    t = await backendWithWorkspace(temp());
    await t.call('entities:upsert', { code: 'amzn', name: 'lower case' });
    const { entities } = await t.call('entities:list', {});
    expect(entities.map((e) => e.code)).toEqual(['AMZN', 'OPENAI', 'OPENAI_ROUND', 'amzn']);
  });

  it('every call needs an open workspace', async () => {
    t = await backendWithWorkspace(temp());
    t.backend.workspace.close();
    expect(await t.fail('facts:list', {})).toMatchObject({ code: 'no_workspace' });
  });
});
