/** What a column needs: its widest unbroken content, its longest word, whether it holds numbers. */
export interface ColumnNeed {
  natural: number;
  min: number;
  numeric: boolean;
}

const MIN_NUMERIC = 58;

/**
 * Column widths filling `available`. When everything fits unbroken, number columns stay
 * compact and text columns take the slack; otherwise each column gets its longest word and
 * the rest is shared in proportion to what wrapping saves.
 */
export function tableColumnWidths(columns: ColumnNeed[], available: number): number[] {
  if (columns.length === 0) return [];
  const natural = columns.map((c) => (c.numeric ? Math.max(c.natural, MIN_NUMERIC) : c.natural));
  const total = sum(natural);
  if (total <= available) {
    const slack = available - total;
    const textColumns = columns.map((c) => !c.numeric);
    const textTotal = sum(natural.filter((_, i) => textColumns[i]));
    if (textTotal > 0) {
      return natural.map((w, i) => (textColumns[i] ? w + (slack * w) / textTotal : w));
    }
    return natural.map((w) => w + slack / natural.length);
  }
  const min = columns.map((c, i) => Math.min(c.min, natural[i]!));
  const minTotal = sum(min);
  if (minTotal >= available) return min.map((w) => (w * available) / minTotal);
  const give = (available - minTotal) / (total - minTotal);
  return min.map((w, i) => w + (natural[i]! - w) * give);
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
