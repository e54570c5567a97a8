/**
 * Orders nodes so that each comes after what it reads (Tarjan's strongly connected components,
 * iterative so a 10,000-link chain does not overflow the stack). Nodes in a cycle (an SCC of
 * more than one node, or a node that reads itself) are returned with their component.
 */
export interface DependencyOrder<T> {
  /** Position of each node in evaluation order (inputs first). */
  rank: Map<T, number>;
  /** For each node in a cycle: the members of its cycle. */
  cycles: Map<T, T[]>;
}

export function dependencyOrder<T>(
  nodes: readonly T[],
  inputsOf: (node: T) => readonly T[],
): DependencyOrder<T> {
  const index = new Map<T, number>();
  const low = new Map<T, number>();
  const onStack = new Set<T>();
  const stack: T[] = [];
  const rank = new Map<T, number>();
  const cycles = new Map<T, T[]>();
  let counter = 0;

  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: Array<{ node: T; inputs: readonly T[]; next: number }> = [];
    const open = (node: T): void => {
      index.set(node, counter);
      low.set(node, counter);
      counter++;
      stack.push(node);
      onStack.add(node);
      work.push({ node, inputs: inputsOf(node), next: 0 });
    };
    open(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      if (frame.next < frame.inputs.length) {
        const input = frame.inputs[frame.next++]!;
        if (!index.has(input)) open(input);
        else if (onStack.has(input))
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(input)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: T[] = [];
      let member: T;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
        rank.set(member, rank.size);
      } while (member !== frame.node);
      if (component.length > 1 || frame.inputs.includes(frame.node)) {
        for (const m of component) cycles.set(m, component);
      }
    }
  }
  return { rank, cycles };
}

/** A shortest path from `start` back to itself within its cycle: `[a, b, a]`. */
export function cyclePath<T>(
  start: T,
  members: readonly T[],
  inputsOf: (node: T) => readonly T[],
): T[] {
  const inCycle = new Set(members);
  const previous = new Map<T, T>();
  const queue: T[] = [start];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    for (const input of inputsOf(node)) {
      if (!inCycle.has(input)) continue;
      if (input === start) {
        const path = [start];
        for (let at: T | undefined = node; at !== undefined && at !== start; at = previous.get(at))
          path.unshift(at);
        path.unshift(start);
        return path;
      }
      if (!previous.has(input)) {
        previous.set(input, node);
        queue.push(input);
      }
    }
  }
  return [start, start];
}
