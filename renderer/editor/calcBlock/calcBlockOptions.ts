import type { CalcStore } from '../../calc/createCalcStore';

/** What a calc block node needs from the editor around it. */
export interface CalcBlockOptions {
  calc: CalcStore | null;
}
