import { describe, expect, it } from 'vitest';
import type { CalcValue } from '../../../shared/calc/calcTypes';
import { createEngine } from '../../../shared/calc/createEngine';
import { evaluateExpression } from '../../../shared/calc/evaluateExpression';
import { SAMPLE_FACTS, fact } from './sampleFacts';

function value(expr: string, facts = SAMPLE_FACTS): CalcValue {
  return evaluateExpression(expr, facts);
}

function num(expr: string): number {
  const v = value(expr);
  if (!v.ok) throw new Error(`${expr}: ${v.error.message}`);
  return v.value;
}

describe('CALC.md §2 names', () => {
  it('ENTITY.metric.PERIOD reads one fact: AMZN.capex.FY2025', () => {
    expect(value('AMZN.capex.FY2025')).toEqual({ ok: true, value: 125e9, unit: 'USD' });
  });

  it('ENTITY.metric reads the latest period that has a fact: AMZN.ev_ebitda', () => {
    expect(value('AMZN.ev_ebitda')).toEqual({ ok: true, value: 19.3, unit: 'x' });
  });

  it('ENTITY.metric picks the period with the latest end date', () => {
    const facts = [
      fact('AMZN.capex.FY2024', 80e9),
      fact('AMZN.capex.FY2025', 125e9),
      fact('AMZN.capex.Q3_2025', 35e9),
      fact('AMZN.capex.H1_2024', 30e9),
    ];
    expect(value('AMZN.capex', facts)).toMatchObject({ ok: true, value: 125e9 });
    expect(value('AMZN.capex', [...facts, fact('AMZN.capex.D2026_01_15', 5e9)])).toMatchObject({
      value: 5e9,
    });
  });

  it('LTM counts as of its as-of date', () => {
    const facts = [fact('X.m.FY2025', 1, ''), fact('X.m.LTM', 2, '', '2026-03-31')];
    expect(value('X.m', facts)).toMatchObject({ value: 2 });
    const older = [fact('X.m.FY2025', 1, ''), fact('X.m.LTM', 2, '', '2025-06-30')];
    expect(value('X.m', older)).toMatchObject({ value: 1 });
  });

  it('a memo variable: capex_share, usable before or after the line that defines it', () => {
    const engine = createEngine();
    engine.setFacts(SAMPLE_FACTS);
    engine.setVariables([
      {
        name: 'pct_of_round',
        expr: 'capex_share * 0 + amazon_share_of_round',
        where: 'calc block 1, line 1',
      },
      {
        name: 'capex_share',
        expr: 'OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025',
        where: 'calc block 1, line 2',
      },
      {
        name: 'amazon_share_of_round',
        expr: 'OPENAI_ROUND.amazon_commitment / OPENAI_ROUND.round_size',
        where: 'calc block 2, line 1',
      },
    ]);
    expect(engine.variableValue('capex_share')).toEqual({ ok: true, value: 0.4, unit: '' });
    expect(engine.variableValue('pct_of_round')).toEqual({ ok: true, value: 0.5, unit: '' });
    expect(engine.figureValue('capex_share')).toEqual({ ok: true, value: 0.4, unit: '' });
  });
});

describe('CALC.md §2 numbers, operators and functions', () => {
  it.each([
    ['1 + 2', 3],
    ['7 - 10', -3],
    ['6 * 7', 42],
    ['1 / 4', 0.25],
    ['2 ^ 10', 1024],
    ['2 ^ 3 ^ 2', 512],
    ['7 % 3', 1],
    ['-7 % 3', 2],
    ['(1 + 2) * 3', 9],
    ['1 + 2 * 3', 7],
    ['-(2 + 3)', -5],
    ['1.5e3', 1500],
    ['0.1 + 0.2', 0.1 + 0.2],
  ])('%s = %d', (expr, expected) => {
    expect(num(expr)).toBe(expected);
  });

  it('`%` after a number is a percent: 5% is 0.05', () => {
    expect(value('5%')).toEqual({ ok: true, value: 0.05, unit: 'pct' });
    expect(num('5% * 2')).toBeCloseTo(0.1, 15);
    expect(num('100 - 5%')).toBe(99.95);
    expect(num('1 + 5%')).toBe(1.05);
    expect(num('AMZN.capex.FY2025 * 40%')).toBe(50e9);
    expect(num('(3 + 2)%')).toBe(0.05);
  });

  it.each([
    ['2 > 1', 1],
    ['2 < 1', 0],
    ['2 >= 2', 1],
    ['2 <= 1', 0],
    ['2 == 2', 1],
    ['2 != 2', 0],
    ['0.1 + 0.2 == 0.3', 1],
    ['1 < 2 < 3', 1],
    ['3 < 2 < 5', 0],
  ])('comparison %s is %d', (expr, expected) => {
    expect(num(expr)).toBe(expected);
  });

  it('a ? b : c picks a branch, and only the chosen branch can fail', () => {
    expect(num('AMZN.capex.FY2025 > 100e9 ? 1 : 2')).toBe(1);
    expect(num('AMZN.capex.FY2025 > 200e9 ? 1 : 2')).toBe(2);
    expect(num('1 > 0 ? 5 : 1 / 0')).toBe(5);
  });

  it.each([
    ['min(3, 1, 2)', 1],
    ['max(3, 1, 2)', 3],
    ['abs(-4)', 4],
    ['round(2.5)', 3],
    ['round(-2.5)', -3],
    ['round(1.005, 2)', 1.01],
    ['round(AMZN.capex.FY2025 / 1e9)', 125],
    ['floor(2.7)', 2],
    ['floor(-2.5)', -3],
    ['floor(0.29 * 100)', 29],
    ['ceil(2.1)', 3],
    ['ceil(2.123, 2)', 2.13],
    ['sqrt(16)', 4],
    ['log(1)', 0],
    ['log(8, 2)', 3],
    ['exp(0)', 1],
    ['sum(1, 2, 3)', 6],
    ['mean(1, 2, 3, 4)', 2.5],
    ['median(5, 1, 3)', 3],
    ['median(4, 1, 3, 2)', 2.5],
  ])('%s = %d', (expr, expected) => {
    expect(num(expr)).toBe(expected);
  });

  it('the sample memo: 50 / 125 is exactly 40%, Amazon anchors half the round', () => {
    expect(num('OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025')).toBe(0.4);
    expect(num('OPENAI_ROUND.amazon_commitment / OPENAI_ROUND.round_size')).toBe(0.5);
  });

  it('booleans read as 1 and 0; and, or, not combine conditions', () => {
    expect(num('true + true')).toBe(2);
    expect(num('1 > 0 and 2 > 1 ? 10 : 20')).toBe(10);
    expect(num('1 > 2 or 2 > 1')).toBe(1);
    expect(num('not (1 > 2)')).toBe(1);
  });

  it('a trailing # comment is ignored', () => {
    expect(num('1 + 2 # three')).toBe(3);
  });
});
