import type { MathNode } from 'mathjs';
import type { CompileState } from './compileState';
import type { Evaluator, Reference } from './expressionTypes';
import { calcError } from './calcError';
import { FAILED_EVALUATOR, fail } from './compileState';
import { CALC_FUNCTIONS, CALC_FUNCTION_NAMES, callUnit } from './calcFunctions';
import { compileReference } from './compileReference';
import { applyBinary, isBinaryOp, type OperatorSite } from './operators';
import { nodeGuards as is } from './restrictedMath';

/**
 * Turns one mathjs node into an evaluator, in source order (so positions come out right).
 * Only whitelisted node types pass: numbers, fact references, variables, the operators and
 * functions of CALC.md §2, comparisons and `a ? b : c`. Everything else is `forbidden`.
 */
export function compileNode(node: MathNode, state: CompileState): Evaluator {
  if (state.error) return FAILED_EVALUATOR;
  if (is.isParenthesisNode(node)) return compileNode(node.content, state);
  if (is.isConstantNode(node)) return compileConstant(node.value, state);
  if (is.isSymbolNode(node)) {
    const ref: Reference = { kind: 'variable', name: node.name, position: state.find(node.name) };
    state.refs.push(ref);
    return (ctx) => ctx.variable(ref);
  }
  if (is.isAccessorNode(node)) return compileReference(node, state);
  if (is.isOperatorNode(node)) return compileOperator(node, state);
  if (is.isConditionalNode(node)) return compileConditional(node, state);
  if (is.isRelationalNode(node)) return compileRelational(node, state);
  if (is.isFunctionNode(node)) return compileCall(node, state);
  return fail(
    state,
    'forbidden',
    forbiddenNodeMessage(node.type),
    forbiddenNodePosition(node.type, state),
  );
}

function compileConstant(value: unknown, state: CompileState): Evaluator {
  if (typeof value === 'boolean') value = value ? 1 : 0;
  if (typeof value !== 'number') {
    const text = typeof value === 'string' ? `Text ("${value}")` : `The value ${String(value)}`;
    return fail(
      state,
      'forbidden',
      `${text} is not allowed in an expression; only numbers`,
      state.find(`"${String(value)}"`),
    );
  }
  if (!Number.isFinite(value)) {
    // `NaN`, `Infinity` and numbers beyond ±1.8e308 (`1e400`) are not values.
    const written = Number.isNaN(value) ? 'NaN' : 'Infinity';
    const position = state.find(written);
    return fail(
      state,
      'not_a_number',
      position === undefined
        ? 'A number in the expression is too large (beyond ±1.8e308): it is not a finite number'
        : `${written} is not a finite number`,
      position,
    );
  }
  const constant = value;
  return (ctx) => {
    ctx.unit = '';
    return constant;
  };
}

function compileOperator(
  node: MathNode & { fn: string; op: string; args: MathNode[]; implicit: boolean },
  state: CompileState,
): Evaluator {
  const { fn, args } = node;
  if (node.implicit) {
    return fail(state, 'syntax', `Missing operator in "${node.toString()}" (write * to multiply)`);
  }
  if (fn === 'divide' && 'isPercentage' in node && node.isPercentage === true) {
    const operand = compileNode(args[0]!, state);
    state.find('%');
    return (ctx) => {
      const a = operand(ctx);
      if (ctx.unit === '') ctx.unit = 'pct';
      return a / 100;
    };
  }
  if (args.length === 1) return compileUnary(fn, node.op, args[0]!, state);
  if (args.length !== 2 || !isBinaryOp(fn)) {
    return fail(
      state,
      'forbidden',
      `The operator "${node.op}" is not allowed`,
      state.find(node.op),
    );
  }
  const left = args[0]!;
  const right = unwrapPercentOfLeft(fn, left, args[1]!);
  const evalLeft = compileNode(left, state);
  const position = fn === 'divide' || fn === 'mod' ? state.find(node.op) : undefined;
  const evalRight = compileNode(right, state);
  const site = lazySite(() => `"${left.toString()} ${node.op} ${right.toString()}"`, position);
  return (ctx) => {
    const a = evalLeft(ctx);
    if (ctx.error) return a;
    const ua = ctx.unit;
    const b = evalRight(ctx);
    if (ctx.error) return b;
    return applyBinary(fn, a, ua, b, ctx.unit, site, ctx);
  };
}

/**
 * mathjs reads `a + 5%` as `a + a * 5%`. CALC.md says `5%` is 0.05, so `100 - 5%` is 99.95:
 * undo the rewrite, keeping the percent as written.
 */
function unwrapPercentOfLeft(fn: string, left: MathNode, right: MathNode): MathNode {
  if ((fn === 'add' || fn === 'subtract') && is.isOperatorNode(right) && right.fn === 'multiply') {
    const [first, second] = right.args;
    if (first === left && second && 'isPercentage' in second && second.isPercentage === true)
      return second;
  }
  return right;
}

function compileUnary(fn: string, op: string, arg: MathNode, state: CompileState): Evaluator {
  if (fn !== 'unaryMinus' && fn !== 'unaryPlus' && fn !== 'not') {
    return fail(state, 'forbidden', `The operator "${op}" is not allowed`, state.find(op));
  }
  const operand = compileNode(arg, state);
  if (fn === 'unaryPlus') return operand;
  if (fn === 'not') {
    return (ctx) => {
      const a = operand(ctx);
      ctx.unit = '';
      return a === 0 ? 1 : 0;
    };
  }
  return (ctx) => {
    const a = operand(ctx);
    return a === 0 ? 0 : -a;
  };
}

function compileConditional(
  node: MathNode & { condition: MathNode; trueExpr: MathNode; falseExpr: MathNode },
  state: CompileState,
): Evaluator {
  const condition = compileNode(node.condition, state);
  const whenTrue = compileNode(node.trueExpr, state);
  const whenFalse = compileNode(node.falseExpr, state);
  return (ctx) => {
    const c = condition(ctx);
    if (ctx.error) return c;
    return c !== 0 ? whenTrue(ctx) : whenFalse(ctx);
  };
}

function compileRelational(
  node: MathNode & { conditionals: string[]; params: MathNode[] },
  state: CompileState,
): Evaluator {
  const params = node.params.map((p) => compileNode(p, state));
  const ops = node.conditionals;
  if (!ops.every(isBinaryOp))
    return fail(state, 'forbidden', `A comparison in "${node.toString()}" is not allowed`);
  const site = lazySite(() => `"${node.toString()}"`);
  return (ctx) => {
    let prev = params[0]!(ctx);
    let prevUnit = ctx.unit;
    for (let i = 0; i < ops.length && !ctx.error; i++) {
      const next = params[i + 1]!(ctx);
      if (ctx.error) break;
      const nextUnit = ctx.unit;
      if (applyBinary(ops[i]!, prev, prevUnit, next, nextUnit, site, ctx) === 0) return 0;
      prev = next;
      prevUnit = nextUnit;
    }
    ctx.unit = '';
    return 1;
  };
}

function compileCall(
  node: MathNode & { fn: unknown; args: MathNode[] },
  state: CompileState,
): Evaluator {
  if (!is.isSymbolNode(node.fn)) {
    return fail(
      state,
      'forbidden',
      `Calling "${String(node.fn)}" is not allowed; only the functions ${CALC_FUNCTION_NAMES}`,
    );
  }
  const name = node.fn.name;
  const position = state.find(name);
  const fn = CALC_FUNCTIONS.get(name);
  if (!fn) {
    return fail(
      state,
      'forbidden',
      `Function "${name}" is not allowed; use one of ${CALC_FUNCTION_NAMES}`,
      position,
    );
  }
  const count = node.args.length;
  if (count < fn.minArgs || count > fn.maxArgs) {
    const wanted =
      fn.maxArgs === fn.minArgs
        ? `${fn.minArgs}`
        : fn.maxArgs === Infinity
          ? `at least ${fn.minArgs}`
          : `${fn.minArgs} or ${fn.maxArgs}`;
    return fail(
      state,
      'syntax',
      `${name} takes ${wanted} argument${wanted === '1' ? '' : 's'}, not ${count}`,
      position,
    );
  }
  const args = node.args.map((a) => compileNode(a, state));
  const site = lazySite(() => `"${node.toString()}"`, position);
  return (ctx) => {
    const values: number[] = [];
    const units: string[] = [];
    for (const arg of args) {
      values.push(arg(ctx));
      if (ctx.error) return Number.NaN;
      units.push(ctx.unit);
    }
    const result = fn.apply(values);
    const problem =
      typeof result !== 'number'
        ? `${result.problem} in ${site.text}`
        : Number.isFinite(result)
          ? null
          : `${site.text} is not a finite number`;
    if (problem !== null || typeof result !== 'number') {
      ctx.error ??= calcError('not_a_number', problem ?? site.text, ctx.where, position);
      return Number.NaN;
    }
    ctx.unit = callUnit(fn, units);
    return result;
  };
}

/**
 * Where an operator or call stands, its text built only when an error asks for it: calling
 * toString() at compile time walks the whole subtree for every node, which made compiling an
 * n-term chain quadratic.
 */
function lazySite(describe: () => string, position?: number): OperatorSite {
  let text: string | undefined;
  return {
    get text(): string {
      return (text ??= describe());
    },
    ...(position === undefined ? {} : { position }),
  };
}

function forbiddenNodeMessage(type: string): string {
  switch (type) {
    case 'AssignmentNode':
      return 'Assignment (=) is not allowed in an expression; define names in a calc block';
    case 'FunctionAssignmentNode':
      return 'Defining functions is not allowed';
    case 'BlockNode':
      return 'Only one expression is allowed (no ; or line breaks)';
    case 'ArrayNode':
      return 'Lists ([ ]) are not allowed; pass values to the function directly, e.g. sum(a, b)';
    case 'ObjectNode':
      return 'Objects ({ }) are not allowed';
    case 'RangeNode':
      return 'Ranges (:) are not allowed';
    default:
      return `${type.replace(/Node$/, '')} expressions are not allowed`;
  }
}

const NODE_MARKS: Record<string, string> = {
  AssignmentNode: '=',
  FunctionAssignmentNode: '=',
  BlockNode: ';',
  ArrayNode: '[',
  ObjectNode: '{',
};

/** Where a forbidden construct's mark first appears (`=`, `;`, `[`, `{`), where it has one. */
function forbiddenNodePosition(type: string, state: CompileState): number | undefined {
  const mark = NODE_MARKS[type];
  return mark === undefined ? undefined : state.find(mark);
}
