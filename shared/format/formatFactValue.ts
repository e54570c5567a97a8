import { currencyPrefix, isCurrencyUnit } from './currencyPrefix';
import { formatByUnit } from './formatPresets';
import { formatNumber } from './formatNumber';

/**
 * A fact's value where facts themselves are shown (the data grid, the fact history, the
 * provenance card): at the precision it has, so a share price keeps its cents (65.39 →
 * `$65.39`, 65.1 → `$65.10`); the unit's default (CALC.md §3) only for large amounts (a
 * currency at ≥ 1e6: `$125 billion`, `$1.3m`). Percents and multiples keep up to four
 * decimals (`20.25%`, `3.83x`); counts and pure numbers up to six.
 */
export function formatFactValue(value: number, unit: string): string {
  const whole = Number.isInteger(value);
  if (isCurrencyUnit(unit)) {
    if (Math.abs(value) >= 1e6) return formatByUnit(value, unit);
    const prefix = currencyPrefix(unit);
    return formatNumber(value, whole ? `${prefix}#,##0` : `${prefix}#,##0.00##`, unit);
  }
  if (unit === 'pct') return formatNumber(value, '0.0###%', unit);
  if (unit === 'x') return formatNumber(value, '0.0###"x"', unit);
  return formatNumber(value, whole ? '#,##0' : '#,##0.0#####', unit);
}
