import type { CalcErrorKind } from './calcTypes';
import type { EvalContext } from './expressionTypes';
import { calcError } from './calcError';
import { additiveUnit, productUnit, quotientUnit } from './units';

/** The binary operators of the language (mathjs `fn` names). */
export type BinaryOp =
  | 'add'
  | 'subtract'
  | 'multiply'
  | 'divide'
  | 'pow'
  | 'mod'
  | 'equal'
  | 'unequal'
  | 'smaller'
  | 'larger'
  | 'smallerEq'
  | 'largerEq'
  | 'and'
  | 'or';

export const BINARY_OPS: ReadonlySet<string> = new Set<BinaryOp>([
  'add',
  'subtract',
  'multiply',
  'divide',
  'pow',
  'mod',
  'equal',
  'unequal',
  'smaller',
  'larger',
  'smallerEq',
  'largerEq',
  'and',
  'or',
]);

export function isBinaryOp(fn: string): fn is BinaryOp {
  return BINARY_OPS.has(fn);
}

/** Where an operator stands, for its errors. */
export interface OperatorSite {
  /** e.g. `a / b`, for messages. */
  text: string;
  position?: number;
}

/** Equality within mathjs's default tolerances, so 0.1 + 0.2 == 0.3 holds. */
export function nearlyEqual(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= Math.max(1e-12 * Math.max(Math.abs(a), Math.abs(b)), 1e-15);
}

/**
 * Applies a binary operator to two numbers with units, leaving the result's unit in `ctx.unit`;
 * division by zero and non-finite results set `ctx.error`.
 */
export function applyBinary(
  op: BinaryOp,
  a: number,
  ua: string,
  b: number,
  ub: string,
  site: OperatorSite,
  ctx: EvalContext,
): number {
  let value: number;
  let unit = '';
  switch (op) {
    case 'add':
      value = a + b;
      unit = additiveUnit(ua, ub);
      break;
    case 'subtract':
      value = a - b;
      unit = additiveUnit(ua, ub);
      break;
    case 'multiply':
      value = a * b;
      unit = productUnit(ua, ub);
      break;
    case 'divide':
      if (b === 0)
        return failWith(ctx, 'division_by_zero', `Division by zero in ${site.text}`, site);
      value = a / b;
      unit = quotientUnit(ua, ub);
      break;
    case 'mod':
      if (b === 0) return failWith(ctx, 'division_by_zero', `Modulo by zero in ${site.text}`, site);
      value = a - b * Math.floor(a / b);
      unit = ua;
      break;
    case 'pow':
      value = a ** b;
      unit = ua === '' || b === 1 ? ua : '';
      break;
    case 'equal':
      value = nearlyEqual(a, b) ? 1 : 0;
      break;
    case 'unequal':
      value = nearlyEqual(a, b) ? 0 : 1;
      break;
    case 'smaller':
      value = a < b && !nearlyEqual(a, b) ? 1 : 0;
      break;
    case 'larger':
      value = a > b && !nearlyEqual(a, b) ? 1 : 0;
      break;
    case 'smallerEq':
      value = a < b || nearlyEqual(a, b) ? 1 : 0;
      break;
    case 'largerEq':
      value = a > b || nearlyEqual(a, b) ? 1 : 0;
      break;
    case 'and':
      value = a !== 0 && b !== 0 ? 1 : 0;
      break;
    case 'or':
      value = a !== 0 || b !== 0 ? 1 : 0;
      break;
  }
  if (!Number.isFinite(value))
    return failWith(ctx, 'not_a_number', `${site.text} is not a finite number`, site);
  ctx.unit = unit;
  return value;
}

function failWith(
  ctx: EvalContext,
  kind: CalcErrorKind,
  message: string,
  site: OperatorSite,
): number {
  ctx.error ??= calcError(kind, message, ctx.where, site.position);
  return Number.NaN;
}
