import type { MathNode } from 'mathjs';
import type { Evaluator, FactReference } from './expressionTypes';
import type { CompileState } from './compileState';
import { fail } from './compileState';
import { isIdentifier } from './identifiers';
import { isPeriod } from './periods';
import { nodeGuards as is } from './restrictedMath';

/**
 * `ENTITY.metric` or `ENTITY.metric.PERIOD` (mathjs reads them as property accessors).
 * Any other property access or indexing is forbidden: it is how sandbox escapes start.
 */
export function compileReference(node: MathNode, state: CompileState): Evaluator {
  const parts: string[] = [];
  let current: MathNode = node;
  while (is.isAccessorNode(current)) {
    const dims = current.index.dimensions;
    const key = dims[0];
    if (
      !current.index.dotNotation ||
      current.optionalChaining ||
      dims.length !== 1 ||
      !key ||
      !is.isConstantNode(key)
    ) {
      return fail(
        state,
        'forbidden',
        `Indexing like "${current.toString()}" is not allowed; write ENTITY.metric.PERIOD`,
      );
    }
    parts.unshift(String(key.value));
    current = current.object;
  }
  if (!is.isSymbolNode(current)) {
    return fail(
      state,
      'forbidden',
      `Property access "${node.toString()}" is not allowed; write ENTITY.metric.PERIOD`,
    );
  }
  parts.unshift(current.name);
  const text = parts.join('.');
  const position = state.find(text);
  if (parts.length > 3) {
    return fail(
      state,
      'syntax',
      `"${text}" has too many parts: a fact is ENTITY.metric or ENTITY.metric.PERIOD`,
      position,
    );
  }
  const [entity = '', metric = '', period] = parts;
  const bad = parts.find((p) => !isIdentifier(p));
  if (bad !== undefined) {
    return fail(
      state,
      'syntax',
      `"${bad}" in ${text} is not a name: use a letter, then letters, digits or _`,
      position,
    );
  }
  if (period !== undefined && !isPeriod(period)) {
    return fail(
      state,
      'unknown_period',
      `"${period}" in ${text} is not a period: write FY2025, CY2025, H1_2025, Q3_2025, LTM or D2025_09_30`,
      position,
    );
  }
  const ref: FactReference = {
    kind: 'fact',
    entity,
    metric,
    period: period ?? null,
    text,
    position,
  };
  state.refs.push(ref);
  return (ctx) => ctx.fact(ref);
}
