import type { CalcValue } from './calcTypes';
import type { CalcFailure } from './calcError';

/** A fact reference as written: `ENTITY.metric.PERIOD`, or `ENTITY.metric` (period null: the latest). */
export interface FactReference {
  kind: 'fact';
  entity: string;
  metric: string;
  period: string | null;
  /** As written, without spaces: `AMZN.capex.FY2025`. */
  text: string;
  /** 1-based position in the expression, where found. */
  position?: number;
}

export interface VariableReference {
  kind: 'variable';
  name: string;
  position?: number;
}

export type Reference = FactReference | VariableReference;

/** What a compiled expression reads while it evaluates. */
export interface EvalContext {
  /** The variable name or figure expression being computed (errors name it). */
  where: string;
  fact(ref: FactReference): CalcValue;
  variable(ref: VariableReference): CalcValue;
}

export type Evaluator = (ctx: EvalContext) => CalcValue;

/**
 * An expression compiled once: either an evaluator with the references it reads (in source
 * order), or the compile error (syntax, too long, forbidden, bad period form).
 */
export type CompiledExpression =
  | { ok: true; evaluate: Evaluator; refs: Reference[] }
  | { ok: false; error: CalcFailure; refs: Reference[] };
