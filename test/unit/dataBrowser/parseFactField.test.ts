import { describe, expect, it } from 'vitest';
import { parseFactField } from '../../../renderer/features/dataBrowser/parseFactField';

describe('parseFactField checks a cell before anything is written', () => {
  it('accepts the period forms of CALC.md and refuses others with the forms it takes', () => {
    for (const period of ['FY2025', 'CY2025', 'H1_2025', 'Q3_2025', 'LTM', 'D2025_09_30']) {
      expect(parseFactField('period', period)).toEqual({ ok: true, value: period });
    }
    const bad = parseFactField('period', '2025');
    expect(bad).toEqual({
      ok: false,
      message: '"2025" is not a period (FY2025, CY2025, H1_2025, Q3_2025, LTM or D2025_09_30).',
    });
    expect(parseFactField('period', 'D2025_02_30').ok).toBe(false);
  });

  it('accepts identifiers for entity and metric, and refuses others', () => {
    expect(parseFactField('entity', 'OPENAI_ROUND')).toEqual({ ok: true, value: 'OPENAI_ROUND' });
    expect(parseFactField('metric', 'ev ebitda').ok).toBe(false);
    expect(parseFactField('entity', '1AMZN').ok).toBe(false);
    expect(parseFactField('entity', '').ok).toBe(false);
  });

  it('accepts units of CALC.md and refuses others', () => {
    for (const unit of ['USD', 'EUR', 'pct', 'x', 'count', '']) {
      expect(parseFactField('unit', unit)).toEqual({ ok: true, value: unit });
    }
    expect(parseFactField('unit', 'dollars').ok).toBe(false);
  });

  it('takes an empty as-of as no date and refuses a date that does not exist', () => {
    expect(parseFactField('asOf', '')).toEqual({ ok: true, value: null });
    expect(parseFactField('asOf', '2026-01-30')).toEqual({ ok: true, value: '2026-01-30' });
    expect(parseFactField('asOf', '2026-02-30').ok).toBe(false);
    expect(parseFactField('asOf', '30/01/2026').ok).toBe(false);
  });

  it('parses the value column as a number', () => {
    expect(parseFactField('value', '20.2%')).toEqual({ ok: true, value: 0.202 });
    expect(parseFactField('value', 'lots').ok).toBe(false);
  });

  it('keeps free text as typed', () => {
    expect(parseFactField('note', ' as the article states ')).toEqual({
      ok: true,
      value: ' as the article states ',
    });
  });
});
