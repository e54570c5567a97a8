import { describe, expect, it } from 'vitest';
import { diffSequences } from '../../../shared/versions/diffSequences';

function apply(a: string[], b: string[]): { a: string; b: string; edits: number } {
  const ops = diffSequences(a, b, (x) => x);
  return {
    a: ops.flatMap((op) => (op.op === 'ins' ? [] : [op.a])).join(''),
    b: ops.flatMap((op) => (op.op === 'del' ? [] : [op.b])).join(''),
    edits: ops.filter((op) => op.op !== 'same').length,
  };
}

describe('diffSequences', () => {
  it('finds the shortest edit script and rebuilds both sides', () => {
    const a = [...'ABCABBA'];
    const b = [...'CBABAC'];
    expect(apply(a, b)).toEqual({ a: 'ABCABBA', b: 'CBABAC', edits: 5 });
  });

  it('handles empty sides and identical sequences', () => {
    expect(apply([], [...'abc'])).toEqual({ a: '', b: 'abc', edits: 3 });
    expect(apply([...'abc'], [])).toEqual({ a: 'abc', b: '', edits: 3 });
    expect(apply([...'abc'], [...'abc'])).toEqual({ a: 'abc', b: 'abc', edits: 0 });
  });

  it('rebuilds random sequences on both sides', () => {
    let seed = 7;
    const rand = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 200; round++) {
      const a = Array.from(
        { length: Math.floor(rand() * 30) },
        () => 'abcd'[Math.floor(rand() * 4)] ?? 'a',
      );
      const b = Array.from(
        { length: Math.floor(rand() * 30) },
        () => 'abcd'[Math.floor(rand() * 4)] ?? 'a',
      );
      const result = apply(a, b);
      expect(result.a).toBe(a.join(''));
      expect(result.b).toBe(b.join(''));
      expect(result.edits).toBe(a.length + b.length - 2 * lcs(a, b));
    }
  });
});

function lcs(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let prev = 0;
    for (let j = 1; j <= b.length; j++) {
      const keep = row[j] ?? 0;
      row[j] = x === b[j - 1] ? prev + 1 : Math.max(row[j] ?? 0, row[j - 1] ?? 0);
      prev = keep;
    }
  }
  return row[b.length] ?? 0;
}
