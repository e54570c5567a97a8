import { describe, expect, it } from 'vitest';
import {
  parseFactValue,
  valueToEditText,
} from '../../../renderer/features/dataBrowser/parseFactValue';

describe('parseFactValue reads values as analysts type them', () => {
  it.each([
    ['125000000000', 125_000_000_000],
    ['125,000,000,000', 125_000_000_000],
    ['1.25e11', 125_000_000_000],
    ['125bn', 125_000_000_000],
    ['$50 bn', 50_000_000_000],
    ['1.3m', 1_300_000],
    ['20.2%', 0.202],
    ['-3.5', -3.5],
    ['(3.5)', -3.5],
    ['.5', 0.5],
    [' 19.3 ', 19.3],
  ])('%s is %d', (text, expected) => {
    expect(parseFactValue(text)).toEqual({ ok: true, value: expected });
  });

  it.each(['abc', '12abc', '1.2.3', '--4', '(-3)', '1e', '%'])(
    'refuses %s, quoting what was typed',
    (text) => {
      const result = parseFactValue(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toContain(`“${text}” is not a number`);
    },
  );

  it('refuses an empty value', () => {
    expect(parseFactValue('  ')).toEqual({
      ok: false,
      message: 'A value is required: type a number.',
    });
  });
});

describe('valueToEditText', () => {
  it('shows a percent as the percent the analyst reads, which parses back to the same value', () => {
    expect(valueToEditText(0.202, 'pct')).toBe('20.2%');
    const back = parseFactValue(valueToEditText(0.202, 'pct'));
    expect(back).toEqual({ ok: true, value: 0.202 });
  });

  it('shows other units as plain digits', () => {
    expect(valueToEditText(125_000_000_000, 'USD')).toBe('125000000000');
    expect(valueToEditText(3.83, 'x')).toBe('3.83');
  });
});
