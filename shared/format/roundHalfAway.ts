/**
 * Rounds half away from zero at `decimals` places, as Excel does: the value is first read to
 * 15 significant digits, so binary noise does not decide the rounding (1.005 -> 1.01,
 * 0.1 + 0.2 -> 0.3). Never returns -0.
 */
export function roundHalfAway(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const magnitude = toExcelPrecision(Math.abs(value));
  const rounded = shiftDecimal(Math.round(shiftDecimal(magnitude, decimals)), -decimals);
  return rounded === 0 ? 0 : Math.sign(value) * rounded;
}

/** Reads a value to 15 significant digits (Excel's precision); -0 becomes 0. */
export function toExcelPrecision(value: number): number {
  if (!Number.isFinite(value)) return value;
  const v = Number(value.toPrecision(15));
  return v === 0 ? 0 : v;
}

/** value * 10^places, exactly in decimal (by moving the exponent of its shortest decimal form). */
function shiftDecimal(value: number, places: number): number {
  const [mantissa = '0', exponent = '0'] = value.toExponential().split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}
