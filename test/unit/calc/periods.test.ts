import { describe, expect, it } from 'vitest';
import { comparePeriods, isPeriod, parsePeriod, periodEndDate } from '../../../shared/calc/periods';
import { isIdentifier } from '../../../shared/calc/identifiers';
import { factKey } from '../../../shared/calc/factKey';

describe('periods', () => {
  it('accepts every form of CALC.md §1', () => {
    for (const p of ['FY2025', 'CY2025', 'H1_2025', 'H2_2025', 'Q3_2025', 'LTM', 'D2025_09_30']) {
      expect(isPeriod(p)).toBe(true);
    }
  });

  it('rejects unknown forms and impossible dates', () => {
    for (const p of [
      'FY25',
      'Q5_2025',
      'H3_2025',
      'D2025_02_30',
      'D2025_13_01',
      'ltm',
      '2025',
      'FY2025x',
      '',
    ]) {
      expect(isPeriod(p)).toBe(false);
    }
  });

  it('gives each form its end date', () => {
    expect(periodEndDate('FY2025')).toBe('2025-12-31');
    expect(periodEndDate('CY2024')).toBe('2024-12-31');
    expect(periodEndDate('H1_2025')).toBe('2025-06-30');
    expect(periodEndDate('H2_2025')).toBe('2025-12-31');
    expect(periodEndDate('Q1_2025')).toBe('2025-03-31');
    expect(periodEndDate('Q3_2025')).toBe('2025-09-30');
    expect(periodEndDate('D2024_02_29')).toBe('2024-02-29');
    expect(periodEndDate('LTM', '2026-01-30')).toBe('2026-01-30');
    expect(periodEndDate('LTM')).toBeNull();
    expect(periodEndDate('nonsense')).toBeNull();
  });

  it('parses parts', () => {
    expect(parsePeriod('Q3_2025')).toEqual({
      kind: 'Q',
      year: 2025,
      part: 3,
      endDate: '2025-09-30',
    });
    expect(parsePeriod('LTM')).toEqual({ kind: 'LTM', endDate: null });
  });

  it('orders by end date, LTM by its as-of date', () => {
    const sorted = ['FY2025', 'Q3_2025', 'LTM', 'H1_2025', 'D2024_01_15'].sort((a, b) =>
      comparePeriods(a, b, a === 'LTM' ? '2026-01-30' : null, b === 'LTM' ? '2026-01-30' : null),
    );
    expect(sorted).toEqual(['D2024_01_15', 'H1_2025', 'Q3_2025', 'FY2025', 'LTM']);
  });

  it('puts the longer period later at an equal end date, and undated LTM first', () => {
    expect(comparePeriods('Q4_2025', 'FY2025')).toBeLessThan(0);
    expect(comparePeriods('FY2025', 'CY2025')).toBeGreaterThan(0);
    expect(comparePeriods('LTM', 'D2000_01_01')).toBeLessThan(0);
    expect(comparePeriods('FY2025', 'FY2025')).toBe(0);
  });
});

describe('identifiers', () => {
  it('is a letter, then letters, digits or _', () => {
    for (const ok of ['AMZN', 'OPENAI_ROUND', 'capex', 'ev_ebitda', 'a1', 'x'])
      expect(isIdentifier(ok)).toBe(true);
    for (const bad of ['', '1a', '_a', 'a-b', 'a.b', 'a b', 'é'])
      expect(isIdentifier(bad)).toBe(false);
  });

  it('makes fact keys', () => {
    expect(factKey('AMZN', 'capex', 'FY2025')).toBe('AMZN.capex.FY2025');
  });
});
