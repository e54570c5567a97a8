/** A cell of the grid: row index in the current (sorted, filtered) list, column index. */
export interface CellPosition {
  row: number;
  col: number;
}

export interface GridSize {
  rows: number;
  cols: number;
  /** Rows in one screenful, for PageUp and PageDown. */
  pageRows: number;
}

export interface MoveKey {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/**
 * Where the focused cell goes for a navigation key, or null if the key is not one.
 * Arrows move one cell and stop at the edges; Tab and Shift+Tab walk cells in reading
 * order and wrap to the next or previous row; Home/End go to the row's ends (with Ctrl,
 * the grid's); PageUp/PageDown move a screenful.
 */
export function moveCell(from: CellPosition, key: MoveKey, size: GridSize): CellPosition | null {
  if (size.rows === 0 || size.cols === 0) return null;
  const lastRow = size.rows - 1;
  const lastCol = size.cols - 1;
  const row = clamp(from.row, 0, lastRow);
  const col = clamp(from.col, 0, lastCol);
  const mod = key.ctrlKey === true || key.metaKey === true;
  switch (key.key) {
    case 'ArrowUp':
      return { row: mod ? 0 : Math.max(0, row - 1), col };
    case 'ArrowDown':
      return { row: mod ? lastRow : Math.min(lastRow, row + 1), col };
    case 'ArrowLeft':
      return { row, col: mod ? 0 : Math.max(0, col - 1) };
    case 'ArrowRight':
      return { row, col: mod ? lastCol : Math.min(lastCol, col + 1) };
    case 'Home':
      return mod ? { row: 0, col: 0 } : { row, col: 0 };
    case 'End':
      return mod ? { row: lastRow, col: lastCol } : { row, col: lastCol };
    case 'PageUp':
      return { row: Math.max(0, row - Math.max(1, size.pageRows)), col };
    case 'PageDown':
      return { row: Math.min(lastRow, row + Math.max(1, size.pageRows)), col };
    case 'Tab':
      if (key.shiftKey) {
        if (col > 0) return { row, col: col - 1 };
        return row > 0 ? { row: row - 1, col: lastCol } : { row, col };
      }
      if (col < lastCol) return { row, col: col + 1 };
      return row < lastRow ? { row: row + 1, col: 0 } : { row, col };
    default:
      return null;
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
