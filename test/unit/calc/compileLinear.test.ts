import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { compileExpression } from '../../../shared/calc/compileExpression';
import { parseMath } from '../../../shared/calc/restrictedMath';

function compileTime(source: string): number {
  const start = performance.now();
  const compiled = compileExpression(source, 'chain');
  const time = performance.now() - start;
  if (!compiled.ok) throw new Error(`the chain does not compile: ${compiled.error.error.message}`);
  return time;
}

/**
 * The fastest compile of each source, measured in turns (small, large, small, …) so both
 * see the same JIT tiers and the same load on a shared machine; the fastest is the least
 * disturbed by other work.
 */
function fastestOfEach(small: string, large: string, rounds = 12): [number, number] {
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let i = 0; i < rounds; i++) {
    bestSmall = Math.min(bestSmall, compileTime(small));
    bestLarge = Math.min(bestLarge, compileTime(large));
  }
  return [bestSmall, bestLarge];
}

/**
 * large/small compile time, re-measured (up to three times) while it is over `limit`: a
 * quadratic compiler is over it every time (about 90 for 1+1+…+1 before the fix), while a
 * linear one is over it only when the shared machine stalled a run.
 */
function ratio(small: string, large: string, limit: number): number {
  let best = Infinity;
  for (let attempt = 0; attempt < 3 && best >= limit; attempt++) {
    const [s, l] = fastestOfEach(small, large);
    best = Math.min(best, l / s);
  }
  return best;
}

const OPERATORS = ['+', '-', '*', '/'];
/** One character each: 2,000 terms and their operators stay within the 4,000-character cap. */
const TERMS = ['1', '7', 'v', 'w'];

/** An n-term chain of the given operators and terms, cycled (n terms, n - 1 operators). */
function chain(n: number, ops: string[], terms: string[]): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i > 0) parts.push(ops[i % ops.length]!);
    parts.push(terms[i % terms.length]!);
  }
  return parts.join('');
}

describe('compiling is linear in the length of an operator chain', () => {
  // Ten times the terms: linear is about 10, quadratic about 100 (90 measured before the fix);
  // the limit sits between them with room for a loaded machine (26 seen at load 20 on 2 cores).
  it('1+1+…+1: 2,000 terms compile in under 45 times the time of 200 terms', () => {
    // Before, each operator's error text was built with toString() at compile time: ratio ~90.
    expect(ratio(chain(200, ['+'], ['1']), chain(2000, ['+'], ['1']), 45)).toBeLessThan(45);
  }, 60_000);

  it('builds no error text while compiling an expression that has no error', () => {
    const tree = parseMath('1+2');
    const proto = Object.getPrototypeOf(Object.getPrototypeOf(tree)) as { toString(): string };
    const spy = vi.spyOn(proto, 'toString');
    try {
      expect(compileExpression(chain(500, ['+', '/', '*'], ['1', 'v']), 'x').ok).toBe(true);
      expect(compileExpression('max(1, 2) + (3 < 4) + sqrt(4)', 'x').ok).toBe(true);
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  it('holds for chains of any operators and terms (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...OPERATORS), { minLength: 1, maxLength: 4 }),
        fc.array(fc.constantFrom(...TERMS), { minLength: 1, maxLength: 3 }),
        (ops, terms) => {
          expect(ratio(chain(200, ops, terms), chain(2000, ops, terms), 45)).toBeLessThan(45);
        },
      ),
      { numRuns: 4 },
    );
  }, 300_000);
});
