import { describe, expect, it } from 'vitest';
import { spanCellKind as cellKind } from '../../../app/backend/export/spanCellKind';
import type { Span, SpanStyle } from '../../../app/backend/export/flowTypes';
import { tableColumnWidths } from '../../../app/backend/export/tableColumnWidths';

const style: SpanStyle = {
  font: 'sans',
  size: 8,
  color: '#000',
  tracking: 0,
  underline: false,
  rise: 0,
};
const spans = (...parts: (string | { figure: string })[]): Span[] =>
  parts.map((p) =>
    typeof p === 'string' ? { text: p, style } : { text: p.figure, style, keep: true },
  );

describe('table columns', () => {
  it('reads figures and number-like text as numbers, dashes as neutral, words as text', () => {
    expect(cellKind(spans({ figure: '$50 billion' }))).toBe('number');
    expect(cellKind(spans({ figure: '3.83x' }, '*'))).toBe('number');
    expect(cellKind(spans('3.83x'))).toBe('number');
    expect(cellKind(spans('(4.2)'))).toBe('number');
    expect(cellKind(spans('$125bn'))).toBe('number');
    expect(cellKind(spans('—'))).toBe('neutral');
    expect(cellKind(spans(''))).toBe('neutral');
    expect(cellKind(spans('EV / EBITDA'))).toBe('text');
    expect(cellKind(spans('about ', { figure: '40%' }))).toBe('text');
  });

  it('fills the width, giving the slack to text columns when everything fits', () => {
    const widths = tableColumnWidths(
      [
        { natural: 100, min: 40, numeric: false },
        { natural: 60, min: 60, numeric: true },
      ],
      400,
    );
    expect(widths[1]).toBe(60);
    expect(widths[0]! + widths[1]!).toBeCloseTo(400);
  });

  it('shrinks columns towards their longest word when the table is too wide', () => {
    const widths = tableColumnWidths(
      [
        { natural: 400, min: 50, numeric: false },
        { natural: 300, min: 100, numeric: false },
      ],
      350,
    );
    expect(widths[0]! + widths[1]!).toBeCloseTo(350);
    expect(widths[0]).toBeGreaterThanOrEqual(50);
    expect(widths[1]).toBeGreaterThanOrEqual(100);
  });
});
