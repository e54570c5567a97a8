import { describe, expect, it } from 'vitest';
import { cellKind, numericColumns } from '../../../shared/format/cellKind';

describe('table cells are aligned as the PDF aligns them', () => {
  it('reads a figure alone, or number-like text, as a number', () => {
    expect(cellKind({ text: '', figures: 1 })).toBe('number');
    expect(cellKind({ text: ' ( ) ', figures: 1 })).toBe('number');
    expect(cellKind({ text: '3.83x', figures: 0 })).toBe('number');
    expect(cellKind({ text: '$125bn', figures: 0 })).toBe('number');
    expect(cellKind({ text: '(4.2)', figures: 0 })).toBe('number');
  });

  it('reads words as text, and dashes or n/a as fitting any column', () => {
    expect(cellKind({ text: 'EV/EBITDA (LTM)', figures: 0 })).toBe('text');
    expect(cellKind({ text: 'about ', figures: 1 })).toBe('text');
    expect(cellKind({ text: '—', figures: 0 })).toBe('neutral');
    expect(cellKind({ text: 'n/a', figures: 0 })).toBe('neutral');
  });

  it('makes a column numeric when its body has numbers and no text, whatever its header says', () => {
    const rows = [
      { header: true, kinds: ['text', 'text'] },
      { header: false, kinds: ['text', 'number'] },
      { header: false, kinds: ['text', 'neutral'] },
    ];
    expect(numericColumns(rows, 2)).toEqual([false, true]);
  });
});
