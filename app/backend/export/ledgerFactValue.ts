import type { Fact } from '../../../shared/calc/calcTypes';
import { currencyPrefix, isCurrencyUnit } from '../../../shared/format/currencyPrefix';
import { formatNumber } from '../../../shared/format/formatNumber';

/**
 * A fact's value in the ledger, exact (an auditor compares it with the database, so no
 * rounding to billions): `$125,000,000,000`, `20.2%`, `3.83x`. Formatted by shared/format.
 */
export function ledgerFactValue(fact: Fact): string {
  const whole = Number.isInteger(fact.value);
  if (isCurrencyUnit(fact.unit)) {
    const prefix = currencyPrefix(fact.unit);
    return formatNumber(fact.value, whole ? `${prefix}#,##0` : `${prefix}#,##0.00##`, fact.unit);
  }
  if (fact.unit === 'pct') return formatNumber(fact.value, '0.0###%', fact.unit);
  if (fact.unit === 'x') return formatNumber(fact.value, '0.00##"x"', fact.unit);
  return formatNumber(fact.value, whole ? '#,##0' : '#,##0.00####', fact.unit);
}
