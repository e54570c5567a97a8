import { describe, expect, it } from 'vitest';
import { createScenarioEngine } from '../../../shared/calc/createScenarioEngine';
import { createCalcStore } from '../../../renderer/calc/createCalcStore';
import { testFact } from '../../support/testFact';

const fact = (entity: string, metric: string, period: string, value: number) =>
  testFact(entity, metric, period, value, { asOf: '2026-01-30' });

function setup() {
  const store = createCalcStore(createScenarioEngine());
  store.loadFacts([
    fact('AMZN', 'capex', 'FY2025', 125e9),
    fact('OPENAI_ROUND', 'amazon_commitment', 'FY2026', 50e9),
  ]);
  store.setVariables([
    {
      name: 'share',
      expr: 'OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025',
      where: 'calc block 1, line 1',
    },
  ]);
  return store;
}

const tick = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('the renderer calc store', () => {
  it('notifies only the figures whose value a fact change touched', async () => {
    const store = setup();
    const calls: string[] = [];
    store.subscribeFigure('share', () => calls.push('share'));
    store.subscribeFigure('AMZN.capex.FY2025', () => calls.push('capex'));
    store.subscribeFigure('OPENAI_ROUND.amazon_commitment', () => calls.push('commitment'));
    await tick();
    calls.length = 0;
    store.applyFactChange({ upserted: [fact('AMZN', 'capex', 'FY2025', 100e9)], removed: [] });
    expect(calls.sort()).toEqual(['capex', 'share']);
    const share = store.figureValue('share');
    expect(share.ok && share.value).toBeCloseTo(0.5);
  });

  it('keeps a snapshot stable until its value changes', async () => {
    const store = setup();
    store.subscribeFigure('share', () => {});
    await tick();
    const first = store.figureValue('share');
    store.applyFactChange({ upserted: [fact('AMZN', 'other', 'FY2025', 1)], removed: [] });
    expect(store.figureValue('share')).toBe(first);
  });

  it('counts figure instances and variables in error, live', async () => {
    const store = setup();
    const seen: number[] = [];
    store.subscribeErrors(() => seen.push(store.errorCount()));
    store.subscribeFigure('share', () => {});
    store.subscribeFigure('NOPE.capex', () => {});
    store.subscribeFigure('NOPE.capex', () => {});
    await tick();
    expect(store.errorCount()).toBe(2);
    store.applyFactChange({ upserted: [], removed: ['OPENAI_ROUND.amazon_commitment.FY2026'] });
    expect(store.errorCount()).toBe(4);
    expect(seen[seen.length - 1]).toBe(4);
  });

  it('knows the entities, metrics, periods and variables for autocomplete', () => {
    const store = setup();
    expect(store.catalog().entities()).toEqual(['AMZN', 'OPENAI_ROUND']);
    expect(store.catalog().periodsOf('AMZN', 'capex')).toEqual(['FY2025']);
    expect(store.catalog().variables()).toEqual(['share']);
  });
});
