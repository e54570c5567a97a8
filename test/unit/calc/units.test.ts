import { describe, expect, it } from 'vitest';
import { evaluateExpression } from '../../../shared/calc/evaluateExpression';
import { fact } from './sampleFacts';

const FACTS = [
  fact('A.capex.FY2025', 100, 'USD'),
  fact('A.revenue.FY2025', 400, 'USD'),
  fact('A.margin.FY2025', 0.2, 'pct'),
  fact('A.growth.FY2025', 0.1, 'pct'),
  fact('A.ev_ebitda.LTM', 10, 'x'),
  fact('A.shares.FY2025', 50, 'count'),
  fact('B.capex.FY2025', 90, 'EUR'),
];

function unitOf(expr: string): string {
  const v = evaluateExpression(expr, FACTS);
  if (!v.ok) throw new Error(v.error.message);
  return v.unit;
}

describe('a computed value takes the unit of its inputs where that is clear', () => {
  it.each([
    ['A.capex.FY2025 + A.revenue.FY2025', 'USD'],
    ['A.capex.FY2025 - A.revenue.FY2025', 'USD'],
    ['A.capex.FY2025 / A.revenue.FY2025', ''],
    ['A.capex.FY2025 * A.margin.FY2025', 'USD'],
    ['A.margin.FY2025 * A.capex.FY2025', 'USD'],
    ['A.capex.FY2025 * 1', 'USD'],
    ['2 * A.capex.FY2025', 'USD'],
    ['A.capex.FY2025 / 2', 'USD'],
    ['A.capex.FY2025 / A.margin.FY2025', 'USD'],
    ['A.ev_ebitda * A.capex.FY2025', 'USD'],
    ['A.capex.FY2025 / A.shares.FY2025', 'USD'],
    ['A.margin.FY2025 + A.growth.FY2025', 'pct'],
    ['A.margin.FY2025 * A.growth.FY2025', 'pct'],
    ['1 - A.margin.FY2025', 'pct'],
    ['A.margin.FY2025 / A.growth.FY2025', ''],
    ['A.ev_ebitda * 1', 'x'],
    ['-A.capex.FY2025', 'USD'],
    ['(A.capex.FY2025)', 'USD'],
    ['A.capex.FY2025 + B.capex.FY2025', ''],
    ['A.capex.FY2025 * A.ev_ebitda * A.margin.FY2025', 'USD'],
    ['A.capex.FY2025 ^ 2', ''],
    ['A.capex.FY2025 > 1', ''],
    ['A.capex.FY2025 > 1 ? A.capex.FY2025 : 0', 'USD'],
    ['max(A.capex.FY2025, A.revenue.FY2025)', 'USD'],
    ['sum(A.capex.FY2025, A.revenue.FY2025)', 'USD'],
    ['round(A.capex.FY2025 / 3, 1)', 'USD'],
    ['abs(-A.margin.FY2025)', 'pct'],
    ['sqrt(A.capex.FY2025)', ''],
    ['5%', 'pct'],
    ['A.capex.FY2025 * 5%', 'USD'],
    ['42', ''],
  ])('%s is in %s', (expr, unit) => {
    expect(unitOf(expr)).toBe(unit);
  });
});
