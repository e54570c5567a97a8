import { getFormatInfo, isValidFormat as numfmtIsValid } from 'numfmt';
import { isPreset } from './formatPresets';

/**
 * True when `format` can format a figure: empty (the unit's default), a preset of CALC.md §3,
 * or a valid Excel number format that formats numbers (not a date, time or text format).
 */
export function isValidFormat(format: string): boolean {
  const f = format.trim();
  if (f === '' || isPreset(f)) return true;
  if (!numfmtIsValid(f)) return false;
  const info = getFormatInfo(f);
  return !info.isDate && !info.isText;
}
