import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../shared/format/formatNumber';
import { formatCalcValue } from '../../../shared/format/formatCalcValue';
import { CALC_ERROR_MARKER, FORMAT_ERROR_MARKER } from '../../../shared/format/errorMarkers';
import { isValidFormat } from '../../../shared/format/isValidFormat';
import { roundHalfAway } from '../../../shared/format/roundHalfAway';

describe('rounding for display: half away from zero, as Excel does', () => {
  it.each([
    [1.005, '0.00', '1.01'],
    [1.255, '0.00', '1.26'],
    [2.675, '0.00', '2.68'],
    [-1.005, '0.00', '-1.01'],
    [2.5, '0', '3'],
    [-2.5, '0', '-3'],
    [0.5, '#,##0', '1'],
    [0.1 + 0.2, '0.00', '0.30'],
    [0.1 + 0.2, '0.0000000000000000', '0.3000000000000000'],
    [0.285, '0.0%', '28.5%'],
    [0.0005, '0.0%', '0.1%'],
    [123456.785, '#,##0.00', '123,456.79'],
    [1234.5, '#,##0;(#,##0)', '1,235'],
    [-1234.5, '#,##0;(#,##0)', '(1,235)'],
    [-1234.5, '#,##0.0;(#,##0.0)', '(1,234.5)'],
    [1250000, '$#,##0.0,,"m"', '$1.3m'],
    [1050000, '$#,##0.0,,"m"', '$1.1m'],
  ])('%d at %s shows %s', (value, code, shows) => {
    expect(formatNumber(value, code)).toBe(shows);
  });

  it('no "-0": a negative that rounds to zero shows as zero', () => {
    expect(formatNumber(-0.4, '0')).toBe('0');
    expect(formatNumber(-0.04, '0.0')).toBe('0.0');
    expect(formatNumber(-0.0004, '0.0%')).toBe('0.0%');
    expect(formatNumber(-0.4, '#,##0;(#,##0)')).toBe('0');
    expect(formatNumber(-0, '0')).toBe('0');
    expect(formatNumber(-1e-12, '', '')).toBe('0');
    expect(formatNumber(-0.4e6, 'usd_billion')).toBe('$0 billion');
  });

  it('999,999 in usd_m rounds up to $1m (no trailing .0; never $1,000k or $0.9m)', () => {
    expect(formatNumber(999999, 'usd_m')).toBe('$1m');
    expect(formatNumber(949999, 'usd_m')).toBe('$0.9m');
    expect(formatNumber(999999, '$#,##0.0,,"m"')).toBe('$1.0m');
  });

  it('usd_billion, usd_bn and usd_m show at most one decimal and no trailing .0', () => {
    expect(formatNumber(12.5e9, 'usd_billion')).toBe('$12.5 billion');
    expect(formatNumber(12.34e9, 'usd_billion')).toBe('$12.3 billion');
    expect(formatNumber(12.96e9, 'usd_billion')).toBe('$13 billion');
    expect(formatNumber(1.25e12, 'usd_billion')).toBe('$1,250 billion');
    expect(formatNumber(12.5e9, 'usd_bn')).toBe('$12.5bn');
    expect(formatNumber(50e6, 'usd_m')).toBe('$50m');
    expect(formatNumber(-1.25e6, 'usd_m')).toBe('-$1.3m');
  });

  it('bps reads a fraction: 0.0125 is 125 bps, with binary noise rounded away', () => {
    expect(formatNumber(0.0125, 'bps')).toBe('125 bps');
    expect(formatNumber(0.1 + 0.2, 'bps')).toBe('3,000 bps');
    expect(formatNumber(0.00005, 'bps')).toBe('1 bps');
  });

  it('NaN and infinities show the error marker, never "NaN" or "∞"', () => {
    for (const v of [NaN, Infinity, -Infinity]) {
      for (const f of ['', '0.00', 'usd_billion', 'pct1', '#,##0;(#,##0)'])
        expect(formatNumber(v, f, 'USD')).toBe(CALC_ERROR_MARKER);
    }
  });

  it('roundHalfAway works at 15 significant digits and never returns -0', () => {
    expect(roundHalfAway(1.005, 2)).toBe(1.01);
    expect(Object.is(roundHalfAway(-0.4, 0), 0)).toBe(true);
    expect(roundHalfAway(1.5e300, 2)).toBe(1.5e300);
    expect(roundHalfAway(1234.5, -2)).toBe(1200);
  });
});

describe('formatCalcValue: what the editor, the PDF and the CLI show', () => {
  it('a value formats with its unit when no format is given', () => {
    expect(formatCalcValue({ ok: true, value: 125e9, unit: 'USD' })).toBe('$125 billion');
    expect(formatCalcValue({ ok: true, value: 0.4, unit: '' }, '0%')).toBe('40%');
  });

  it(`an error value shows ${CALC_ERROR_MARKER}`, () => {
    expect(CALC_ERROR_MARKER).toBe('#ERR');
    expect(
      formatCalcValue(
        {
          ok: false,
          error: { kind: 'division_by_zero', message: 'Division by zero.', where: 'a / 0' },
        },
        '0%',
      ),
    ).toBe('#ERR');
  });

  it(`a bad format shows ${FORMAT_ERROR_MARKER}`, () => {
    expect(formatCalcValue({ ok: true, value: 1, unit: '' }, '0.0"x')).toBe(FORMAT_ERROR_MARKER);
    expect(formatNumber(1, 'usd_trillion')).toBe(FORMAT_ERROR_MARKER);
  });
});

describe('isValidFormat, for the UI', () => {
  it.each([
    '',
    'usd_billion',
    'usd_bn',
    'usd_m',
    'pct0',
    'pct1',
    'x1',
    'x2',
    'bps',
    'int',
    '0%',
    '0.0%',
    '#,##0',
    '0.0"x"',
    '$#,##0.0,,,"bn"',
    '#,##0;(#,##0)',
    ' pct1 ',
    'General',
  ])('accepts %j', (f) => {
    expect(isValidFormat(f)).toBe(true);
  });

  it.each(['0.0"x', 'usd_trillion', 'yyyy-mm-dd', '@', '[', 'bogus['])('refuses %j', (f) => {
    expect(isValidFormat(f)).toBe(false);
  });
});
