/** Something the queue can hold: its topological rank, and whether it is queued now. */
export interface Rankable {
  rank: number;
  queued: boolean;
}

/** A min-heap of dirty nodes by rank, so they recompute inputs-first; each node is queued once. */
export interface DirtyQueue<T extends Rankable> {
  push(node: T): void;
  pop(): T | undefined;
  readonly size: number;
}

export function createDirtyQueue<T extends Rankable>(): DirtyQueue<T> {
  const heap: T[] = [];

  function push(node: T): void {
    if (node.queued) return;
    node.queued = true;
    heap.push(node);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent]!.rank <= node.rank) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = node;
  }

  function pop(): T | undefined {
    const top = heap[0];
    if (top === undefined) return undefined;
    const last = heap.pop()!;
    if (heap.length > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= heap.length) break;
        const right = left + 1;
        const child = right < heap.length && heap[right]!.rank < heap[left]!.rank ? right : left;
        if (heap[child]!.rank >= last.rank) break;
        heap[i] = heap[child]!;
        i = child;
      }
      heap[i] = last;
    }
    top.queued = false;
    return top;
  }

  return {
    push,
    pop,
    get size() {
      return heap.length;
    },
  };
}
