import type { CompiledExpression } from './expressionTypes';
import type { CompileState } from './compileState';
import type { CalcFailure } from './calcError';
import { calcError } from './calcError';
import { compileNode } from './compileNode';
import { parseMath } from './restrictedMath';
import { createPositionFinder } from './sourcePositions';

/** Expressions longer than this are refused before parsing (CALC.md: restricted instance, length capped). */
export const MAX_EXPRESSION_LENGTH = 4000;

/**
 * Compiles an expression once: parse with the restricted mathjs instance, then walk the tree
 * accepting only whitelisted nodes. Never throws: every problem is an error value for `where`.
 */
export function compileExpression(source: string, where: string): CompiledExpression {
  if (source.length > MAX_EXPRESSION_LENGTH) {
    return failed(
      calcError(
        'too_long',
        `The expression is ${source.length.toLocaleString('en-US')} characters long; the limit is ${MAX_EXPRESSION_LENGTH.toLocaleString('en-US')}`,
        where,
      ),
    );
  }
  if (source.trim() === '') return failed(calcError('syntax', 'The expression is empty', where));
  let tree;
  try {
    tree = parseMath(source);
  } catch (error) {
    return failed(syntaxError(error, where));
  }
  const state: CompileState = { where, find: createPositionFinder(source), refs: [] };
  try {
    const evaluate = compileNode(tree, state);
    if (state.error) return { ok: false, error: state.error, refs: [] };
    return { ok: true, evaluate, refs: state.refs };
  } catch (error) {
    return failed(syntaxError(error, where));
  }
}

function failed(error: CalcFailure): CompiledExpression {
  return { ok: false, error, refs: [] };
}

function syntaxError(error: unknown, where: string): CalcFailure {
  if (error instanceof RangeError)
    return calcError('syntax', 'The expression is nested too deeply', where);
  const text = error instanceof Error ? error.message : String(error);
  const match = /\s*\(char (\d+)\)\s*$/.exec(text);
  const message = (match ? text.slice(0, match.index) : text).replace(/^\w/, (c) =>
    c.toUpperCase(),
  );
  return calcError(
    'syntax',
    `Syntax error: ${message}`,
    where,
    match ? Number(match[1]) : undefined,
  );
}
