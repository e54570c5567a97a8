import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../shared/format/formatNumber';
import { formatCalcValue } from '../../../shared/format/formatCalcValue';
import { evaluateExpression } from '../../../shared/calc/evaluateExpression';
import { SAMPLE_FACTS } from '../calc/sampleFacts';

describe('CALC.md §3 presets, every row of the table', () => {
  it.each([
    ['usd_billion', 50000000000, '$50 billion'],
    ['usd_bn', 50000000000, '$50bn'],
    ['usd_m', 1250000, '$1.3m'],
    ['pct0', 0.202, '20%'],
    ['pct1', 0.202, '20.2%'],
    ['x1', 19.3, '19.3x'],
    ['x2', 3.83, '3.83x'],
    ['bps', 0.0125, '125 bps'],
    ['int', 1234567, '1,234,567'],
  ])('%s of %d shows %s', (preset, value, shows) => {
    expect(formatNumber(value, preset)).toBe(shows);
  });
});

describe('CALC.md §3 Excel number-format codes, as analysts write them', () => {
  it.each([
    ['0%', 0.4, '40%'],
    ['0.0%', 0.202, '20.2%'],
    ['#,##0', 1234567, '1,234,567'],
    ['0.0"x"', 19.3, '19.3x'],
    ['$#,##0.0,,,"bn"', 50000000000, '$50.0bn'],
    ['#,##0;(#,##0)', 1234, '1,234'],
    ['#,##0;(#,##0)', -1234, '(1,234)'],
  ])('%s of %d shows %s', (code, value, shows) => {
    expect(formatNumber(value, code)).toBe(shows);
  });
});

describe('CALC.md §3 unit defaults (no format)', () => {
  it.each([
    [50000000000, 'USD', '$50 billion'],
    [125000000000, 'USD', '$125 billion'],
    [1000000000, 'USD', '$1 billion'],
    [1250000, 'USD', '$1.3m'],
    [999999999, 'USD', '$1,000m'],
    [999999, 'USD', '$999,999'],
    [12345.6, 'USD', '$12,346'],
    [-50000000000, 'USD', '-$50 billion'],
    [0.202, 'pct', '20.2%'],
    [19.3, 'x', '19.3x'],
    [1234567, 'count', '1,234,567'],
    [0.4, '', '0.4'],
    [1234567.891, '', '1,234,567.89'],
    [3, '', '3'],
    [0.123456, '', '0.1235'],
    [50000000000, 'EUR', '€50bn'],
    [2500000, 'GBP', '£2.5m'],
    [50000000000, 'CHF', 'CHF 50bn'],
  ])('%d %s shows %s', (value, unit, shows) => {
    expect(formatNumber(value, '', unit)).toBe(shows);
  });

  it('a format given overrides the unit default', () => {
    expect(formatNumber(0.202, 'pct0', 'pct')).toBe('20%');
    expect(formatNumber(50e9, 'usd_bn', 'USD')).toBe('$50bn');
  });
});

describe('CALC.md §4 example memo figures, computed and formatted', () => {
  it.each([
    ['OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025', '0%', '40%'],
    ['AMZN.capex.FY2025', 'usd_billion', '$125 billion'],
    ['AMZN.ev_ebitda', 'x1', '19.3x'],
    ['AMZN.aws_revenue_growth_yoy.Q3_2025', '0.0%', '20.2%'],
    ['OPENAI_ROUND.amazon_commitment', '', '$50 billion'],
    ['OPENAI.ipo_valuation_floated', 'usd_billion', '$830 billion'],
    ['AMZN.ev_revenue', 'x2', '3.83x'],
    ['AMZN.p_fcf', '', '87.9x'],
    ['OPENAI_ROUND.amazon_commitment / OPENAI_ROUND.round_size', 'pct0', '50%'],
  ])('{{ %s | %s }} shows %s', (expr, format, shows) => {
    expect(formatCalcValue(evaluateExpression(expr, SAMPLE_FACTS), format)).toBe(shows);
  });
});
