import type { CalcValue, ChangeReport, Engine, Fact, FactKey, VariableInput } from './calcTypes';
import type { CalcNode } from './calcNode';
import type { EvalContext, VariableReference, VariableSlot } from './expressionTypes';
import { blockedError, calcError, sameValue, unknownNameError } from './calcError';
import { createNode, evaluateNode, setCompiled } from './calcNode';
import { compileExpression } from './compileExpression';
import { cyclePath, dependencyOrder } from './dependencyOrder';
import { createDirtyQueue } from './dirtyQueue';
import { createEvalContext } from './evalContext';
import { createFactStore } from './factStore';
import { isIdentifier } from './identifiers';
import { buildProvenance } from './buildProvenance';

/**
 * The calc engine: a memo's variables and figures over the facts they read. Every change marks
 * exactly the nodes that listen on what changed, recomputes them inputs-first, and goes on to
 * their readers only when a value actually changed. Figures are keyed by expression, so
 * identical expressions share one computation (the format is applied at display).
 */
export function createEngine(): Engine {
  const store = createFactStore();
  const variables = new Map<string, CalcNode>();
  const figures = new Map<string, CalcNode>();
  const listeners = new Map<string, Set<CalcNode>>();
  const slots = new Map<string, VariableSlot>();

  function contextFor(where: string): EvalContext {
    return createEvalContext(where, { fact: store.resolve, variable: readVariable });
  }

  function slotOf(name: string): VariableSlot {
    let slot = slots.get(name);
    if (!slot) slots.set(name, (slot = { current: variables.get(name) }));
    return slot;
  }

  /** Points each variable reference of `node` at its name's slot. */
  function link(node: CalcNode): CalcNode {
    for (const ref of node.compiled.refs) if (ref.kind === 'variable') ref.slot = slotOf(ref.name);
    return node;
  }

  function readVariable(ref: VariableReference, where: string): CalcValue {
    const value = (ref.slot ?? slotOf(ref.name)).current?.value;
    if (!value) {
      return unknownNameError(ref.name, where, ref.position);
    }
    return value.ok ? value : blockedError(where, ref.name, value.error);
  }

  /** The set of nodes listening on `channel` (created on first use and kept, so nodes may hold it). */
  function listenersOf(channel: string): Set<CalcNode> {
    let set = listeners.get(channel);
    if (!set) listeners.set(channel, (set = new Set()));
    return set;
  }

  function listen(node: CalcNode): void {
    link(node);
    for (const channel of node.channels) listenersOf(channel).add(node);
  }

  function unlisten(node: CalcNode): void {
    for (const channel of node.channels) listeners.get(channel)?.delete(node);
  }

  /** Recomputes the seeds and, wherever a value changed, their readers, in rank order. */
  function run(seeds: Iterable<CalcNode>, removedVariables: string[] = []): ChangeReport {
    const queue = createDirtyQueue<CalcNode>();
    const figureChanges: string[] = [];
    const variableChanges: string[] = [...removedVariables];
    const enqueue = (node: CalcNode): void => queue.push(node);
    let recomputed = 0;
    for (const node of seeds) queue.push(node);
    for (const name of removedVariables) listeners.get(`v:${name}`)?.forEach(enqueue);
    for (let node = queue.pop(); node; node = queue.pop()) {
      recomputed++;
      const value = evaluateNode(node);
      if (sameValue(value, node.value)) continue;
      // A node is popped once per run unless it sits in a cycle, where its value stops changing.
      node.value = value;
      if (node.kind === 'figure') {
        figureChanges.push(node.key);
        continue;
      }
      variableChanges.push(node.key);
      node.readers.forEach(enqueue);
    }
    return { figures: figureChanges, variables: variableChanges, recomputed };
  }

  function readersOf(channels: Iterable<string>): Set<CalcNode> {
    const dirty = new Set<CalcNode>();
    for (const channel of channels)
      for (const node of listeners.get(channel) ?? []) dirty.add(node);
    return dirty;
  }

  /** Re-ranks the variables and re-derives cycle membership; returns the nodes whose cycle status changed. */
  function reorder(): CalcNode[] {
    const nodes = [...variables.values()];
    const inputsOf = (node: CalcNode): CalcNode[] =>
      node.reads.flatMap((name) => {
        const input = variables.get(name);
        return input ? [input] : [];
      });
    const { rank, cycles } = dependencyOrder(nodes, inputsOf);
    const changed: CalcNode[] = [];
    for (const node of nodes) {
      node.rank = rank.get(node) ?? 0;
      const members = cycles.get(node);
      const error = members
        ? calcError(
            'cycle',
            `Cycle: ${cyclePath(node, members, inputsOf)
              .map((n) => n.key)
              .join(' → ')}`,
            node.key,
          )
        : null;
      if (!sameValue(error ?? undefined, node.cycleError ?? undefined)) changed.push(node);
      node.cycleError = error;
    }
    return changed;
  }

  function setFacts(facts: Fact[]): ChangeReport {
    const channels = facts.flatMap((fact) => store.set(fact));
    return run(readersOf(channels));
  }

  function removeFacts(keys: FactKey[]): ChangeReport {
    const channels = keys.flatMap((key) => store.remove(key));
    return run(readersOf(channels));
  }

  function setVariables(inputs: VariableInput[]): ChangeReport {
    const groups = new Map<string, VariableInput[]>();
    for (const input of inputs) {
      const group = groups.get(input.name);
      if (group) group.push(input);
      else groups.set(input.name, [input]);
    }
    const seeds = new Set<CalcNode>();
    const removed: string[] = [];
    for (const [name, node] of variables) {
      if (groups.has(name)) continue;
      unlisten(node);
      variables.delete(name);
      slotOf(name).current = undefined;
      removed.push(name);
    }
    for (const [name, group] of groups) {
      const first = group[0]!;
      const signature =
        group.length === 1 ? `expr:${first.expr}` : `dup:${group.map((g) => g.where).join('\n')}`;
      const existing = variables.get(name);
      if (existing?.signature === signature) continue;
      const compiled = compileVariable(name, group);
      if (existing) {
        unlisten(existing);
        existing.signature = signature;
        existing.expr = first.expr;
        setCompiled(existing, compiled);
        listen(existing);
        seeds.add(existing);
      } else {
        const node = createNode(
          'variable',
          name,
          first.expr,
          signature,
          contextFor(name),
          compiled,
        );
        node.readers = listenersOf(`v:${name}`);
        variables.set(name, node);
        slotOf(name).current = node;
        listen(node);
        seeds.add(node);
      }
    }
    for (const node of reorder()) seeds.add(node);
    return run(seeds, removed);
  }

  function setFigures(exprs: string[]): ChangeReport {
    const wanted = new Set(exprs);
    for (const [expr, node] of figures) {
      if (wanted.has(expr)) continue;
      unlisten(node);
      figures.delete(expr);
    }
    const seeds: CalcNode[] = [];
    for (const expr of wanted) {
      if (figures.has(expr)) continue;
      const node = createNode('figure', expr, expr, expr, contextFor(expr));
      figures.set(expr, node);
      listen(node);
      seeds.push(node);
    }
    return run(seeds);
  }

  function figureValue(expr: string): CalcValue {
    const node = figures.get(expr);
    if (node?.value) return node.value;
    return evaluateNode(link(createNode('figure', expr, expr, expr, contextFor(expr))));
  }

  function recomputeAll(): ChangeReport {
    return run([...variables.values(), ...figures.values()]);
  }

  return {
    setFacts,
    removeFacts,
    setVariables,
    setFigures,
    figureValue,
    variableValue: (name) => variables.get(name)?.value,
    provenance: (expr) =>
      buildProvenance(
        expr,
        figures.get(expr) ?? createNode('figure', expr, expr, expr, contextFor(expr)),
        {
          variable: (name) => variables.get(name),
          store,
        },
      ),
    variableNames: () => [...variables.keys()],
    recomputeAll,
    fact: (key) => store.get(key),
  };
}

/** A variable's compile result: a bad name or a duplicate is an error of the variable itself. */
function compileVariable(name: string, group: VariableInput[]) {
  const first = group[0]!;
  if (!isIdentifier(name)) {
    return {
      ok: false as const,
      error: calcError(
        'syntax',
        `"${name}" is not a valid name: use a letter, then letters, digits or _ (${first.where})`,
        name,
      ),
      refs: [],
    };
  }
  if (group.length > 1) {
    return {
      ok: false as const,
      error: calcError(
        'duplicate_name',
        `"${name}" is defined more than once (${group.map((g) => g.where).join('; ')})`,
        name,
      ),
      refs: [],
    };
  }
  return compileExpression(first.expr, name);
}
