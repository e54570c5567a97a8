import { describe, expect, it } from 'vitest';
import { suggestCompletions } from '../../../renderer/editor/figure/suggestCompletions';
import { createFactCatalog } from '../../../renderer/calc/factCatalog';
import type { Fact } from '../../../shared/calc/calcTypes';

const fact = (entity: string, metric: string, period: string): Fact => ({
  entity,
  metric,
  period,
  value: 1,
  unit: 'USD',
  source: 's',
  asOf: null,
});
const catalog = createFactCatalog(
  [
    fact('AMZN', 'capex', 'FY2025'),
    fact('AMZN', 'capex', 'FY2024'),
    fact('AMZN', 'ev_ebitda', 'LTM'),
    fact('OPENAI_ROUND', 'amazon_commitment', 'FY2026'),
  ],
  ['capex_share'],
  new Map([['AMZN', 'Amazon.com, Inc.']]),
);
const labels = (text: string, caret = text.length) =>
  suggestCompletions(text, caret, catalog).items.map((i) => i.label);

describe('suggestCompletions completes the name at the caret', () => {
  it('offers memo variables, entities and functions at the start of a name', () => {
    expect(labels('ca')).toEqual(['capex_share']);
    expect(labels('AM')).toEqual(['AMZN']);
    expect(labels('OP')).toEqual(['OPENAI_ROUND']);
    expect(labels('m')).toEqual(['max()', 'mean()', 'median()', 'min()', 'AMZN', 'sum()']);
  });

  it("offers the entity's metrics after ENTITY.", () => {
    expect(labels('AMZN.')).toEqual(['capex', 'ev_ebitda']);
    expect(labels('AMZN.ev')).toEqual(['ev_ebitda']);
  });

  it('offers the periods that have a fact after ENTITY.metric.', () => {
    expect(labels('AMZN.capex.')).toEqual(['FY2024', 'FY2025']);
    expect(labels('1 / AMZN.capex.FY2')).toEqual(['FY2024', 'FY2025']);
  });

  it('replaces the whole token, also when the caret is inside it', () => {
    const r = suggestCompletions(
      'x + OPENAI_ROUND.amaz + 1',
      'x + OPENAI_ROUND.am'.length,
      catalog,
    );
    expect(r.items[0]?.insert).toBe('OPENAI_ROUND.amazon_commitment');
    expect(r.from).toBe(4);
    expect(r.to).toBe('x + OPENAI_ROUND.amaz'.length);
  });

  it('offers nothing for numbers, unknown entities and a name typed in full', () => {
    expect(labels('12')).toEqual([]);
    expect(labels('NOPE.')).toEqual([]);
    expect(labels('AMZN.capex.FY2025')).toEqual([]);
  });
});
