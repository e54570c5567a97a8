import type { Span } from './flowTypes';

const NUMBER =
  /^[(+\-−–]?\s*[$€£¥]?\s*\d[\d,]*(\.\d+)?\s*(%|x|×|bps|bn|m|k|billion|million|trillion)?\)?$/i;
const NEUTRAL = /^(|—|–|-|n\/a|na|n\.m\.|nm)$/i;

/**
 * How a table cell reads: `number` (a figure, or text such as `3.83x`, `$125bn`, `(4.2)`),
 * `neutral` (empty, a dash, n/a: fits any column), or `text`.
 */
export function cellKind(spans: Span[]): 'number' | 'neutral' | 'text' {
  const hasFigure = spans.some((s) => s.keep);
  const rest = spans
    .filter((s) => !s.keep && !s.footnote)
    .map((s) => (s.hardBreak ? ' ' : s.text))
    .join('')
    .trim();
  if (hasFigure) return /^[\s()\-–—+*%]*$/.test(rest) ? 'number' : 'text';
  if (NEUTRAL.test(rest)) return 'neutral';
  return NUMBER.test(rest) ? 'number' : 'text';
}
