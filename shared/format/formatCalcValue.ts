import type { CalcValue } from '../calc/calcTypes';
import { CALC_ERROR_MARKER } from './errorMarkers';
import { formatNumber } from './formatNumber';

/**
 * What a figure shows, identically in the editor, the PDF and the command line: the value
 * formatted (`format`, or its unit's default when empty), or CALC_ERROR_MARKER for an error.
 */
export function formatCalcValue(value: CalcValue, format = ''): string {
  return value.ok ? formatNumber(value.value, format, value.unit) : CALC_ERROR_MARKER;
}
