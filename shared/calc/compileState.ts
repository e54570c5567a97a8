import type { CalcErrorKind } from './calcTypes';
import type { CalcFailure } from './calcError';
import type { Evaluator, Reference } from './expressionTypes';
import type { PositionFinder } from './sourcePositions';
import { calcError } from './calcError';

/** State of one compilation: where it is, the references met, and the first error. */
export interface CompileState {
  where: string;
  find: PositionFinder;
  refs: Reference[];
  error?: CalcFailure;
}

const FAILED: Evaluator = () => Number.NaN;

/** Records the first compile error and returns a placeholder (the compile result reports the error). */
export function fail(
  state: CompileState,
  kind: CalcErrorKind,
  message: string,
  position?: number,
): Evaluator {
  state.error ??= calcError(kind, message, state.where, position);
  return FAILED;
}

/** The placeholder evaluator of a failed compile (never run: the compile result is an error). */
export const FAILED_EVALUATOR = FAILED;
