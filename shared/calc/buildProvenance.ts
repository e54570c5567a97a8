import type { Provenance, ProvenanceInput } from './calcTypes';
import type { CalcNode } from './calcNode';
import type { FactStore } from './factStore';
import { unknownNameError } from './calcError';
import { evaluateNode } from './calcNode';

interface ProvenanceSources {
  variable(name: string): CalcNode | undefined;
  store: FactStore;
}

/**
 * Where a figure's value comes from: its expression, each input with its value, each fact with
 * its entity, metric, period, source and as-of date, and each variable the same way, down to the
 * facts. Built inputs-first without recursion (a 10,000-link chain must not overflow the stack);
 * a variable read twice shares one Provenance object.
 */
export function buildProvenance(
  expr: string,
  figure: CalcNode,
  sources: ProvenanceSources,
): Provenance {
  const reachable = new Map<string, CalcNode>();
  const pending = [...figure.reads];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    const node = sources.variable(name);
    if (!node || reachable.has(name)) continue;
    reachable.set(name, node);
    pending.push(...node.reads);
  }
  const built = new Map<string, Provenance>();
  const ordered = [...reachable.values()].sort((a, b) => a.rank - b.rank);
  for (const node of ordered)
    built.set(node.key, provenanceOf(node.expr, node, node.value ?? evaluateNode(node)));
  return provenanceOf(expr, figure, figure.value ?? evaluateNode(figure));

  function provenanceOf(text: string, node: CalcNode, value: Provenance['value']): Provenance {
    const inputs: ProvenanceInput[] = [];
    const seen = new Set<string>();
    for (const ref of node.compiled.refs) {
      const id = ref.kind === 'fact' ? `f:${ref.text}` : `v:${ref.name}`;
      if (seen.has(id)) continue;
      seen.add(id);
      if (ref.kind === 'fact') {
        const fact = sources.store.lookup(ref) ?? null;
        inputs.push({
          kind: 'fact',
          ref: ref.text,
          fact,
          value: sources.store.resolve(ref, node.ctx.where),
        });
        continue;
      }
      const input = sources.variable(ref.name);
      const provenance = built.get(ref.name) ?? {
        expr: input?.expr ?? '',
        value: input?.value ?? unknownNameError(ref.name, node.ctx.where, ref.position),
        inputs: [],
      };
      inputs.push({ kind: 'variable', name: ref.name, provenance });
    }
    return { expr: text, value, inputs };
  }
}
