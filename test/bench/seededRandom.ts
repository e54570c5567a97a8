/** A repeatable pseudo-random sequence in [0, 1) (a linear congruential generator), so every bench run builds the same memo. */
export function seededRandom(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}
