import { FORMAT_ERROR_MARKER, CALC_ERROR_MARKER, TOO_LARGE_MARKER } from './errorMarkers';
import { formatExcel } from './formatExcel';
import { formatByUnit, formatPreset, isPreset } from './formatPresets';
import { isValidFormat } from './isValidFormat';

/**
 * The characters a number shows with `format`: a preset (`usd_billion`, `pct1`, ...), an Excel
 * number-format code (`0.0%`, `#,##0;(#,##0)`), or '' for the unit's default. Rounds for display
 * only, half away from zero, as Excel does. NaN and infinities show CALC_ERROR_MARKER; an
 * invalid format shows FORMAT_ERROR_MARKER; a number too large to show truly in its format
 * (over 15 integer digits, as Excel's precision) shows TOO_LARGE_MARKER.
 */
export function formatNumber(value: number, format = '', unit = ''): string {
  if (!Number.isFinite(value)) return CALC_ERROR_MARKER;
  const f = format.trim();
  if (f === '') return shownOrTooLarge(formatByUnit(value, unit));
  if (isPreset(f)) return shownOrTooLarge(formatPreset(value, f));
  if (!isValidFormat(f)) return FORMAT_ERROR_MARKER;
  return shownOrTooLarge(formatExcel(value, f));
}

/** Excel shows 15 significant digits; more before the decimal point are float noise. */
const MAX_INTEGER_DIGITS = 15;
/** JavaScript's own exponent (`1e+21`, `1.25e302`) inside a formatted number. */
const JS_EXPONENT = /[0-9.,]e[+\-,]*[0-9]/;

/**
 * The formatted text, or TOO_LARGE_MARKER when the number could not be shown truly: its
 * integer part runs past 15 significant digits, or JavaScript's exponent (or NaN, ∞, from
 * rounding a huge number) leaked into it.
 */
function shownOrTooLarge(text: string): string {
  if (JS_EXPONENT.test(text) || /NaN|Infinity|∞/.test(text)) return TOO_LARGE_MARKER;
  // integer parts only: digits after a decimal point are not counted
  for (const number of text.match(/(?<![.0-9])[0-9][0-9,]*/g) ?? []) {
    if (number.replace(/,/g, '').replace(/^0+/, '').length > MAX_INTEGER_DIGITS)
      return TOO_LARGE_MARKER;
  }
  return text;
}
