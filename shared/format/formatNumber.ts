import { FORMAT_ERROR_MARKER, CALC_ERROR_MARKER } from './errorMarkers';
import { formatExcel } from './formatExcel';
import { formatByUnit, formatPreset, isPreset } from './formatPresets';
import { isValidFormat } from './isValidFormat';

/**
 * The characters a number shows with `format`: a preset (`usd_billion`, `pct1`, ...), an Excel
 * number-format code (`0.0%`, `#,##0;(#,##0)`), or '' for the unit's default. Rounds for display
 * only, half away from zero, as Excel does. NaN and infinities show CALC_ERROR_MARKER; an
 * invalid format shows FORMAT_ERROR_MARKER.
 */
export function formatNumber(value: number, format = '', unit = ''): string {
  if (!Number.isFinite(value)) return CALC_ERROR_MARKER;
  const f = format.trim();
  if (f === '') return formatByUnit(value, unit);
  if (isPreset(f)) return formatPreset(value, f);
  if (!isValidFormat(f)) return FORMAT_ERROR_MARKER;
  return formatExcel(value, f);
}
