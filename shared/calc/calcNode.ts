import type { CalcValue } from './calcTypes';
import type { CalcFailure } from './calcError';
import type { CompiledExpression, EvalContext } from './expressionTypes';
import type { Rankable } from './dirtyQueue';
import { calcError } from './calcError';
import { compileExpression } from './compileExpression';
import { runEvaluator } from './evalContext';
import { referenceChannels } from './factStore';

/** One variable or figure in the dependency graph. */
export interface CalcNode extends Rankable {
  kind: 'variable' | 'figure';
  /** The variable name, or the figure's expression. */
  key: string;
  expr: string;
  /** What the node was built from: when it is unchanged, the node is not recomputed. */
  signature: string;
  compiled: CompiledExpression;
  /** Change channels this node listens on (see FactStore), plus `v:NAME` per variable read. */
  channels: string[];
  /** Names of the variables it reads, unique, in source order. */
  reads: string[];
  value: CalcValue | undefined;
  /** For a variable: the nodes that read it (the engine's listener set for `v:NAME`). */
  readers: ReadonlySet<CalcNode>;
  cycleError: CalcFailure | null;
  ctx: EvalContext;
}

const NO_READERS: ReadonlySet<CalcNode> = new Set();

/** Builds a node whose expression (or the given compile result) is compiled once. */
export function createNode(
  kind: CalcNode['kind'],
  key: string,
  expr: string,
  signature: string,
  ctx: EvalContext,
  compiled: CompiledExpression = compileExpression(expr, ctx.where),
): CalcNode {
  const node: CalcNode = {
    kind,
    key,
    expr,
    signature,
    compiled,
    channels: [],
    reads: [],
    value: undefined,
    readers: NO_READERS,
    cycleError: null,
    ctx,
    rank: kind === 'figure' ? Number.POSITIVE_INFINITY : 0,
    queued: false,
  };
  setCompiled(node, compiled);
  return node;
}

/** Replaces a node's compiled expression and recomputes what it listens on. */
export function setCompiled(node: CalcNode, compiled: CompiledExpression): void {
  node.compiled = compiled;
  const channels = new Set<string>();
  const reads = new Set<string>();
  for (const ref of compiled.refs) {
    if (ref.kind === 'fact') for (const channel of referenceChannels(ref)) channels.add(channel);
    else reads.add(ref.name);
  }
  for (const name of reads) channels.add(`v:${name}`);
  node.channels = [...channels];
  node.reads = [...reads];
}

/** Computes a node's value from its inputs' current values. Never throws. */
export function evaluateNode(node: CalcNode): CalcValue {
  if (node.cycleError) return node.cycleError;
  if (!node.compiled.ok) return node.compiled.error;
  try {
    return runEvaluator(node.compiled.evaluate, node.ctx);
  } catch (error) {
    const reason = error instanceof RangeError ? 'it is nested too deeply' : String(error);
    return calcError('syntax', `The expression could not be evaluated: ${reason}`, node.ctx.where);
  }
}
