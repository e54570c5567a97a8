import { describe, expect, it } from 'vitest';
import { moveCell } from '../../../renderer/features/dataBrowser/moveCell';

const size = { rows: 10, cols: 4, pageRows: 3 };

describe('moveCell moves the grid focus like a spreadsheet', () => {
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(moveCell({ row: 2, col: 1 }, { key: 'ArrowDown' }, size)).toEqual({ row: 3, col: 1 });
    expect(moveCell({ row: 2, col: 1 }, { key: 'ArrowLeft' }, size)).toEqual({ row: 2, col: 0 });
    expect(moveCell({ row: 0, col: 0 }, { key: 'ArrowUp' }, size)).toEqual({ row: 0, col: 0 });
    expect(moveCell({ row: 9, col: 3 }, { key: 'ArrowRight' }, size)).toEqual({ row: 9, col: 3 });
  });

  it('jumps to the ends with Ctrl+arrow, Home and End', () => {
    expect(moveCell({ row: 4, col: 2 }, { key: 'ArrowDown', ctrlKey: true }, size)).toEqual({
      row: 9,
      col: 2,
    });
    expect(moveCell({ row: 4, col: 2 }, { key: 'Home' }, size)).toEqual({ row: 4, col: 0 });
    expect(moveCell({ row: 4, col: 2 }, { key: 'End', ctrlKey: true }, size)).toEqual({
      row: 9,
      col: 3,
    });
  });

  it('walks cells in reading order with Tab, wrapping rows, and back with Shift+Tab', () => {
    expect(moveCell({ row: 1, col: 3 }, { key: 'Tab' }, size)).toEqual({ row: 2, col: 0 });
    expect(moveCell({ row: 2, col: 0 }, { key: 'Tab', shiftKey: true }, size)).toEqual({
      row: 1,
      col: 3,
    });
    expect(moveCell({ row: 9, col: 3 }, { key: 'Tab' }, size)).toEqual({ row: 9, col: 3 });
  });

  it('moves a screenful with PageUp and PageDown', () => {
    expect(moveCell({ row: 1, col: 0 }, { key: 'PageDown' }, size)).toEqual({ row: 4, col: 0 });
    expect(moveCell({ row: 1, col: 0 }, { key: 'PageUp' }, size)).toEqual({ row: 0, col: 0 });
  });

  it('clamps a focus left outside a grid that shrank', () => {
    expect(moveCell({ row: 40, col: 1 }, { key: 'ArrowUp' }, size)).toEqual({ row: 8, col: 1 });
  });

  it('ignores other keys and empty grids', () => {
    expect(moveCell({ row: 0, col: 0 }, { key: 'a' }, size)).toBeNull();
    expect(
      moveCell({ row: 0, col: 0 }, { key: 'ArrowDown' }, { rows: 0, cols: 4, pageRows: 3 }),
    ).toBeNull();
  });
});
