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
  /** Linked by the engine: the variable this name denotes now (saves a lookup per read). */
  slot?: VariableSlot;
}

/** One per variable name in an engine; `current` is the variable's node while it is defined. */
export interface VariableSlot {
  current: { value: CalcValue | undefined } | undefined;
}

export type Reference = FactReference | VariableReference;

/**
 * What a compiled expression reads while it evaluates. Evaluators return a plain number and
 * leave its unit in `unit`; on failure they set `error` (the number is then meaningless). No
 * object is allocated per operation, which keeps a 10,000-link chain fast.
 */
export interface EvalContext {
  /** The variable name or figure expression being computed (errors name it). */
  where: string;
  /** The unit of the number the last evaluator returned. */
  unit: string;
  /** The first error met; evaluation stops at it. */
  error: CalcFailure | null;
  fact(ref: FactReference): number;
  variable(ref: VariableReference): number;
}

export type Evaluator = (ctx: EvalContext) => number;

/**
 * An expression compiled once: either an evaluator with the references it reads (in source
 * order), or the compile error (syntax, too long, forbidden, bad period form).
 */
export type CompiledExpression =
  | { ok: true; evaluate: Evaluator; refs: Reference[] }
  | { ok: false; error: CalcFailure; refs: Reference[] };
