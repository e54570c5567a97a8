import { describe, expect, it } from 'vitest';
import { checkFormat, closestPreset } from '../../../shared/format/checkFormat';
import { FORMAT_ERROR_MARKER } from '../../../shared/format/errorMarkers';
import { formatNumber } from '../../../shared/format/formatNumber';
import { isValidFormat } from '../../../shared/format/isValidFormat';
import { PRESET_NAMES } from '../../../shared/format/formatPresets';

// Golden: every format CALC.md names, and the analyst's codes that must stay good.
const GOOD_CODES: [string, number, string][] = [
  ['0%', 0.4, '40%'],
  ['0.0%', 0.202, '20.2%'],
  ['#,##0', 1234567, '1,234,567'],
  ['0.0"x"', 19.3, '19.3x'],
  ['$#,##0.0,,,"bn"', 50000000000, '$50.0bn'],
  ['#,##0;(#,##0)', -1234, '(1,234)'],
  ['General', 0.25, '0.25'],
  ['0.00', 1.005, '1.01'],
  ['# ?/?', 1.5, '1 1/2'],
  ['[Red]0.0', 2, '2.0'],
];

describe('CALC.md §3: what is a format', () => {
  it.each(PRESET_NAMES.map((p) => [p]))('preset %s is a format', (preset) => {
    expect(checkFormat(preset)).toBeNull();
    expect(formatNumber(1, preset)).not.toBe(FORMAT_ERROR_MARKER);
  });

  it.each(GOOD_CODES)('Excel code %s is a format: %d shows %s', (code, value, shows) => {
    expect(checkFormat(code)).toBeNull();
    expect(isValidFormat(code)).toBe(true);
    expect(formatNumber(value, code)).toBe(shows);
  });

  it('the empty format (the unit default) is a format', () => {
    expect(checkFormat('')).toBeNull();
    expect(checkFormat('  ')).toBeNull();
  });

  it.each([
    ['pct9', 'pct1'],
    ['x3', 'x2'],
    ['pct', 'pct1'],
    ['usd', 'usd_billion'],
    ['PCT1 ', null],
    ['usd_bilion', 'usd_billion'],
    ['billion', 'usd_billion'],
    ['bp', 'bps'],
  ])('%s is a format error suggesting %s', (format, suggestion) => {
    const problem = checkFormat(format);
    if (format === 'PCT1 ') {
      // Upper case is not the preset, and not a number code either.
      expect(problem?.code).toBe('unknown_format');
      expect(problem?.suggestion).toBe('pct1');
      return;
    }
    expect(problem).toMatchObject({ code: 'unknown_format', format, suggestion });
    expect(problem?.message).toContain(`"${format}"`);
    expect(problem?.message).toContain(`Did you mean ${suggestion}?`);
    expect(isValidFormat(format)).toBe(false);
    expect(formatNumber(0.4528, format)).toBe(FORMAT_ERROR_MARKER);
  });

  it.each([['yyyy-mm-dd'], ['@'], ['"40%"'], ['\\0'], ['hello'], ['[h]:mm'], ['%']])(
    'a code with no digit placeholder (%s) is an error, never literal text',
    (code) => {
      expect(checkFormat(code)?.code).toBe('unknown_format');
      expect(formatNumber(0.4, code)).toBe(FORMAT_ERROR_MARKER);
    },
  );

  it('names no preset when none is close', () => {
    expect(closestPreset('hello')).toBeNull();
    expect(checkFormat('hello')?.message).not.toContain('Did you mean');
  });
});
