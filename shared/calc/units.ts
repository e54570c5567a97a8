/**
 * The unit a computed value takes from its inputs, where that is clear; otherwise '' (a pure
 * number). Units: 'USD' and other ISO 4217 codes, 'pct' (a fraction), 'x' (a multiple),
 * 'count', '' (pure number).
 */

/** Scale-free units: multiplying an amount by one of these keeps the amount's unit. */
function isRatio(unit: string): boolean {
  return unit === '' || unit === 'pct' || unit === 'x';
}

/** `a + b`, `a - b`, min, max, sum, mean, median: the common unit; a pure number adopts the other's. */
export function additiveUnit(a: string, b: string): string {
  if (a === b) return a;
  if (a === '') return b;
  if (b === '') return a;
  return '';
}

/** `a * b`: USD * pct = USD, x * USD = USD, n * 1 = n, pct * pct = pct; anything unclear is ''. */
export function productUnit(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  if (isRatio(a) && !isRatio(b)) return b;
  if (isRatio(b) && !isRatio(a)) return a;
  if (a === 'pct' && b === 'pct') return 'pct';
  return '';
}

/** `a / b`: USD / USD = '', USD / pct = USD, USD / x = USD, USD / count = USD, n / 1 = n. */
export function quotientUnit(a: string, b: string): string {
  if (a === b) return '';
  if (b === '') return a;
  if (!isRatio(a) && (isRatio(b) || b === 'count')) return a;
  return '';
}
