import { checkFormat } from './checkFormat';

/**
 * True when `format` can format a figure: empty (the unit's default), a preset of CALC.md §3,
 * or an Excel number format that shows the number (see checkFormat, the one rule).
 */
export function isValidFormat(format: string): boolean {
  return checkFormat(format) === null;
}
