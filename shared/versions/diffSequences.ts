/** One run of a diff: items kept, deleted (only in `a`) or inserted (only in `b`). */
export type DiffOp<T> = { op: 'same'; a: T; b: T } | { op: 'del'; a: T } | { op: 'ins'; b: T };

/**
 * The shortest edit script from `a` to `b` (Myers' O((N+M)·D) algorithm), items compared by
 * `key`. Common prefix and suffix are peeled first, so a small edit of a long text is cheap.
 * Deletions come before insertions within each changed run.
 */
export function diffSequences<T>(
  a: readonly T[],
  b: readonly T[],
  key: (item: T) => string,
): DiffOp<T>[] {
  const ka = a.map(key);
  const kb = b.map(key);
  let start = 0;
  while (start < a.length && start < b.length && ka[start] === kb[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && ka[endA - 1] === kb[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: DiffOp<T>[] = [];
  for (let i = 0; i < start; i++) ops.push({ op: 'same', a: a[i] as T, b: b[i] as T });
  const middle = myers(ka.slice(start, endA), kb.slice(start, endB));
  let i = start;
  let j = start;
  const dels: DiffOp<T>[] = [];
  const inss: DiffOp<T>[] = [];
  const flush = (): void => {
    ops.push(...dels, ...inss);
    dels.length = 0;
    inss.length = 0;
  };
  for (const step of middle) {
    if (step === 0) {
      flush();
      ops.push({ op: 'same', a: a[i++] as T, b: b[j++] as T });
    } else if (step < 0) dels.push({ op: 'del', a: a[i++] as T });
    else inss.push({ op: 'ins', b: b[j++] as T });
  }
  flush();
  for (; i < a.length; i++, j++) ops.push({ op: 'same', a: a[i] as T, b: b[j] as T });
  return ops;
}

/** Past this many edits two texts have little in common: the rest is one delete and one insert. */
const MAX_EDITS = 4000;

/** Steps: 0 keep, -1 delete from a, +1 insert from b. */
function myers(a: readonly string[], b: readonly string[]): number[] {
  const n = a.length;
  const m = b.length;
  if (n === 0) return new Array<number>(m).fill(1);
  if (m === 0) return new Array<number>(n).fill(-1);
  const max = n + m;
  const offset = max;
  const v = new Int32Array(2 * max + 2);
  // trace[d]: the frontier before round d, diagonals -d-1 … d+1 only.
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    if (d > MAX_EDITS) return [...new Array<number>(n).fill(-1), ...new Array<number>(m).fill(1)];
    trace.push(v.slice(Math.max(0, offset - d - 1), offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number))
          ? (v[offset + k + 1] as number)
          : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk back through the saved frontiers.
  const steps: number[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const frontier = trace[d] as Int32Array;
    const base = Math.max(0, offset - d - 1);
    const at = (k: number): number => frontier[offset + k - base] as number;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      steps.push(0);
      x--;
      y--;
    }
    steps.push(prevK === k + 1 ? 1 : -1);
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    steps.push(0);
    x--;
    y--;
  }
  return steps.reverse();
}
