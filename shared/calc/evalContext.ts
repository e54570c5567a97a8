import type { CalcValue } from './calcTypes';
import { calcError } from './calcError';
import type { EvalContext, FactReference, VariableReference } from './expressionTypes';

/** Where an evaluation context reads from: both return CalcValues (errors included). */
export interface ValueSources {
  fact(ref: FactReference, where: string): CalcValue;
  variable(ref: VariableReference, where: string): CalcValue;
}

/** A context for one variable or figure: reads become numbers, with unit and error in registers. */
export function createEvalContext(where: string, sources: ValueSources): EvalContext {
  const ctx: EvalContext = {
    where,
    unit: '',
    error: null,
    fact: (ref) => take(sources.fact(ref, where)),
    variable: (ref) => take(sources.variable(ref, where)),
  };
  function take(value: CalcValue): number {
    if (!value.ok) {
      ctx.error ??= value;
      return Number.NaN;
    }
    if (!Number.isFinite(value.value)) {
      ctx.error ??= calcError('not_a_number', 'A value read is not a finite number', where);
      return Number.NaN;
    }
    ctx.unit = value.unit;
    return value.value;
  }
  return ctx;
}

/** Runs an evaluator and packs its result (or error) as a CalcValue; -0 becomes 0. */
export function runEvaluator(evaluate: (ctx: EvalContext) => number, ctx: EvalContext): CalcValue {
  ctx.unit = '';
  ctx.error = null;
  const value = evaluate(ctx);
  if (ctx.error) return ctx.error;
  // The last wall: whatever produced it, a value that is not a finite number is an error.
  if (!Number.isFinite(value)) {
    return calcError('not_a_number', 'The result is not a finite number', ctx.where);
  }
  return { ok: true, value: value === 0 ? 0 : value, unit: ctx.unit };
}
