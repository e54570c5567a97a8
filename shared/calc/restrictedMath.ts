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
const math = create({ parseDependencies }, { number: 'number' });
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
