import { describe, expect, it } from 'vitest';
import { unitFromNumberFormat } from '../../../shared/format/unitFromNumberFormat';

describe('unitFromNumberFormat: the unit a cell format implies (CALC.md §7)', () => {
  it.each([
    ['0%', 'pct'],
    ['0.0%', 'pct'],
    ['#,##0.00%;[Red]-#,##0.00%', 'pct'],
    ['"$"#,##0', 'USD'],
    ['$#,##0_);($#,##0)', 'USD'],
    ['"$"#,##0.0,,"m"', 'USD'],
    ['[$€-407] #,##0.00', 'EUR'],
    ['#,##0.00 [$€-x-euro]', 'EUR'],
    ['[$USD] #,##0', 'USD'],
    ['"CHF "#,##0', 'CHF'],
    ['£#,##0', 'GBP'],
    ['¥#,##0', 'JPY'],
    ['0.0"x"', 'x'],
    ['0.0x', 'x'],
    ['0.0\\x', 'x'],
    ['#,##0.0"x"_);(#,##0.0"x")', 'x'],
    ['General', ''],
    ['#,##0', ''],
    ['0.00', ''],
    ['yyyy-mm-dd', ''],
    ['"% of sales" 0.0', ''],
    ['"x" 0.0', ''],
    ['', ''],
  ])('%s → %j', (format, unit) => {
    expect(unitFromNumberFormat(format)).toBe(unit);
  });

  it('reads only the first section', () => {
    expect(unitFromNumberFormat('#,##0;0.0%')).toBe('');
  });

  it('a percent that is also a currency is a percent', () => {
    expect(unitFromNumberFormat('"$"0.0%')).toBe('pct');
  });

  it('undefined has no unit', () => {
    expect(unitFromNumberFormat(undefined)).toBe('');
  });
});
