const NUMBER =
  /^[(+\-−–]?\s*[$€£¥]?\s*\d[\d,]*(\.\d+)?\s*(%|x|×|bps|bn|m|k|billion|million|trillion)?\)?$/i;
const NEUTRAL = /^(|—|–|-|n\/a|na|n\.m\.|nm)$/i;

/** How a table cell reads. */
export type CellKind = 'number' | 'neutral' | 'text';

/**
 * How a table cell reads, one rule for the editor and the PDF (so the editor aligns columns
 * as the PDF prints them): `number` (a figure alone, or text such as `3.83x`, `$125bn`, `(4.2)`), `neutral`
 * (empty, a dash, n/a: fits any column) or `text`. `text` is the cell's text without its figures.
 */
export function cellKind({ text, figures }: { text: string; figures: number }): CellKind {
  const rest = text.trim();
  if (figures > 0) return /^[\s()\-–—+*%]*$/.test(rest) ? 'number' : 'text';
  if (NEUTRAL.test(rest)) return 'neutral';
  return NUMBER.test(rest) ? 'number' : 'text';
}

/** A column is numeric when its body cells hold a number and no text. */
export function numericColumns(
  rows: { header: boolean; kinds: (string | null)[] }[],
  columns: number,
): boolean[] {
  return Array.from({ length: columns }, (_, col) => {
    const kinds = rows.filter((r) => !r.header).map((r) => r.kinds[col] ?? null);
    return kinds.includes('number') && !kinds.includes('text');
  });
}
