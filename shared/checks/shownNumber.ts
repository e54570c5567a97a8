/** What a multiplier word or sign after the digits means, in the formats of CALC.md §3. */
const SUFFIXES: [RegExp, number][] = [
  [/^\s*%/, 0.01],
  [/^\s*bps\b/i, 0.0001],
  [/^\s*(billion|bn)\b/i, 1e9],
  [/^\s*(million|mn|m)\b/i, 1e6],
  [/^\s*(thousand|k)\b/i, 1e3],
  [/^\s*(trillion|tn)\b/i, 1e12],
];

/**
 * The number a figure's display shows, read back in the units of its value: `40%` → 0.4,
 * `$50 billion` → 5e10, `$1.3m` → 1.3e6, `125 bps` → 0.0125, `19.3x` → 19.3, `(1,234)` → -1234.
 * Null when the display holds no number (an error marker).
 */
export function shownNumber(display: string): number | null {
  const match = /(\d[\d,]*(?:\.\d+)?|\.\d+)/.exec(display);
  if (!match) return null;
  const digits = Number(match[1]!.replace(/,/g, ''));
  if (!Number.isFinite(digits)) return null;
  const rest = display.slice(match.index + match[0].length);
  const scale = SUFFIXES.find(([pattern]) => pattern.test(rest))?.[1] ?? 1;
  const head = display.slice(0, match.index);
  const negative = head.includes('-') || head.includes('−') || head.includes('(');
  const value = Number((digits * scale).toPrecision(15));
  return negative ? -value : value;
}
