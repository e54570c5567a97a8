import type { CalcValue } from '../../shared/calc/calcTypes';
import { formatCalcValue } from '../../shared/format/formatCalcValue';

/**
 * What a figure shows in the editor: exactly shared/format's characters (the PDF and the
 * command line call the same function), so the three can never disagree.
 */
export function figureDisplay(value: CalcValue, format: string): string {
  return formatCalcValue(value, format);
}
