import { create, parseDependencies } from 'mathjs';
import type { MathNode } from 'mathjs';

/**
 * The restricted mathjs instance. It holds only the parser: expressions are never handed to
 * mathjs to evaluate (no `evaluate`, no `node.compile()`); `compileExpression` walks the parse
 * tree and accepts only whitelisted node types. The functions mathjs's security guide says to
 * disable are overridden to throw, as a second line of defence should anything reach them.
 */
const DISABLED = [
  'import',
  'createUnit',
  'reviver',
  'evaluate',
  'parse',
  'simplify',
  'derivative',
  'resolve',
];

if (!parseDependencies)
  throw new Error('mathjs is missing parseDependencies: check the installed version.');
/**
 * The parser's dependencies without mathjs's Unit class: SymbolNode takes Unit as optional and
 * uses it only to evaluate and typeset unit names, which Tickmark never does (units are our
 * own, shared/calc/units.ts). Leaving it out skips building about twenty typed functions and
 * takes roughly 100 ms off every start of the `tickmark` command; the parse trees are the same.
 */
function withoutUnit(deps: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(deps)
      .filter(([name]) => name !== 'UnitDependencies')
      .map(([name, value]) => [
        name,
        name.endsWith('Dependencies') && value && typeof value === 'object'
          ? withoutUnit(value as Record<string, unknown>)
          : value,
      ]),
  );
}

const math = create(
  withoutUnit({ parseDependencies }) as { parseDependencies: typeof parseDependencies },
  { number: 'number' },
);
const parseWithMathjs = math.parse;

math.import(
  Object.fromEntries(
    DISABLED.map((name) => [
      name,
      () => {
        throw new Error(`Function "${name}" is disabled in Tickmark expressions.`);
      },
    ]),
  ),
  { override: true },
);

/** The restricted instance (exposed for tests that prove what is disabled). */
export const restrictedMath = math;

/** Parses `text` with mathjs's parser; throws mathjs's SyntaxError (the caller turns it into a value). */
export function parseMath(text: string): MathNode {
  return parseWithMathjs(text);
}

/** Type guards of the restricted instance, re-exported so the compiler reads nodes without casts. */
export const nodeGuards = {
  isAccessorNode: math.isAccessorNode,
  isConditionalNode: math.isConditionalNode,
  isConstantNode: math.isConstantNode,
  isFunctionNode: math.isFunctionNode,
  isOperatorNode: math.isOperatorNode,
  isParenthesisNode: math.isParenthesisNode,
  isRelationalNode: math.isRelationalNode,
  isSymbolNode: math.isSymbolNode,
};
