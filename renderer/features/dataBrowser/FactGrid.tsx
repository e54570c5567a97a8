import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ACTIONS_WIDTH, minGridWidth, type FactColumn } from './factColumns';
import { moveCell, type CellPosition } from './moveCell';
import { parseFactField, type FactField, type FactFieldValues } from './parseFactField';
import type { FactRow } from '../../../shared/api/factsApi';
import { factLabel } from './factLabel';
import type { CellEdit } from './CellEditor';
import { FactGridHeader } from './FactGridHeader';
import type { FactQuery } from './factQuery';
import { factCellId, FactGridRow, type RowActions } from './FactGridRow';

export const ROW_HEIGHT = 34;
export const HEADER_HEIGHT = 34;

export interface FactGridProps {
  columns: readonly FactColumn[];
  rowCount: number;
  /** The row at an index, or undefined while its page loads. */
  getRow(index: number): FactRow | undefined;
  sort: FactQuery['sort'];
  onSort(field: FactField): void;
  active: CellPosition | null;
  onActiveChange(position: CellPosition, row: FactRow | undefined): void;
  /** Writes one field; rejects with the reason shown under the cell. */
  onCommit<F extends FactField>(row: FactRow, field: F, value: FactFieldValues[F]): Promise<void>;
  onDelete(row: FactRow): void;
  onHistory(row: FactRow): void;
  onRangeChange(start: number, end: number): void;
  empty: ReactNode;
  /** Bumped by the parent to scroll the active cell into view (after a jump, not on refresh). */
  revealToken: number;
  /** A read-only workspace: cells can be browsed, not edited. */
  readOnly: boolean;
}

/**
 * The facts grid: rows virtualised with @tanstack/react-virtual, so 100,000 facts scroll
 * like 10; a spreadsheet's keyboard (arrows, Tab, Enter or typing to edit, Escape).
 * Focus stays on the grid element and the active cell is named by aria-activedescendant,
 * so the focused cell survives rows being recycled and data being refreshed.
 */
export function FactGrid(props: FactGridProps) {
  const { columns, rowCount, getRow, active, onActiveChange, onRangeChange } = props;
  const gridStyle = useMemo(() => columnStyle(columns), [columns]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [edit, setEdit] = useState<CellEdit | null>(null);
  const [hovered, setHovered] = useState<number | null>(null);

  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;

  useEffect(() => {
    if (last >= first) onRangeChange(first, last);
  }, [first, last, onRangeChange]);

  const reveal = useCallback(
    (position: CellPosition) => {
      virtualizer.scrollToIndex(position.row, { align: 'auto' });
      requestAnimationFrame(() => {
        const cell = document.getElementById(cellId(position));
        cell?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      });
    },
    [virtualizer],
  );

  useEffect(() => {
    if (props.revealToken > 0 && active) reveal(active);
    // Only when the parent asks: a refresh must not scroll the grid.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.revealToken]);

  const focusGrid = (): void => scrollRef.current?.focus({ preventScroll: true });

  const moveTo = (position: CellPosition): void => {
    onActiveChange(position, getRow(position.row));
    reveal(position);
  };

  const startEdit = (position: CellPosition, text: string | null): void => {
    if (props.readOnly) return;
    const row = getRow(position.row);
    const column = columns[position.col];
    if (!row || !column) return;
    setEdit({
      factId: row.id,
      col: position.col,
      text: text ?? column.editText(row),
      selectAll: text === null,
      error: null,
      saving: false,
    });
  };

  const commit = async (then?: (position: CellPosition) => void): Promise<void> => {
    if (!edit || edit.saving) return;
    const column = columns[edit.col];
    const position = active;
    const row = position ? getRow(position.row) : undefined;
    if (!column || !row || row.id !== edit.factId || !position) {
      setEdit(null);
      return;
    }
    if (edit.text === column.editText(row)) {
      setEdit(null);
      focusGrid();
      then?.(position);
      return;
    }
    const parsed = parseFactField(column.field, edit.text);
    if (!parsed.ok) {
      setEdit({ ...edit, error: `${column.label} of ${factLabel(row)}: ${parsed.message}` });
      return;
    }
    setEdit({ ...edit, saving: true, error: null });
    try {
      await props.onCommit(row, column.field, parsed.value);
      setEdit(null);
      focusGrid();
      then?.(position);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setEdit((current) =>
        current
          ? {
              ...current,
              saving: false,
              error: `${column.label} of ${factLabel(row)} was not saved: ${message}`,
            }
          : null,
      );
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (edit || event.target !== scrollRef.current) return;
    if (rowCount === 0) return;
    const position = active ?? { row: 0, col: 0 };
    const pageRows = Math.max(
      1,
      Math.floor((scrollRef.current.clientHeight - HEADER_HEIGHT) / ROW_HEIGHT) - 1,
    );
    const next = moveCell(position, event, { rows: rowCount, cols: columns.length, pageRows });
    if (next) {
      event.preventDefault();
      moveTo(next);
      return;
    }
    const row = getRow(position.row);
    if (!row) return;
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
    if ((event.key === 'Enter' || event.key === 'F2') && plain) {
      event.preventDefault();
      if (!active) onActiveChange(position, row);
      startEdit(position, null);
    } else if (event.key === 'Delete' && plain) {
      event.preventDefault();
      props.onDelete(row);
    } else if (event.key.length === 1 && plain && event.key !== ' ') {
      event.preventDefault();
      if (!active) onActiveChange(position, row);
      startEdit(position, event.key);
    }
  };

  // Rows are memoised: they get stable callbacks that reach the latest handlers through a ref.
  const handlers = useRef<Omit<RowActions, 'onRowHover'> | null>(null);
  useLayoutEffect(() => {
    handlers.current = {
      onCellMouseDown(index, col, row) {
        if (edit) void commit();
        onActiveChange({ row: index, col }, row);
        focusGrid();
      },
      onCellDoubleClick: (index, col) => startEdit({ row: index, col }, null),
      onDelete: props.onDelete,
      onHistory: props.onHistory,
      onEditChange: (text) =>
        setEdit((current) => (current ? { ...current, text, error: null } : null)),
      onEditCommit: () => void commit(),
      onEditCancel() {
        setEdit(null);
        focusGrid();
      },
      onEditTab: (back) =>
        void commit((position) => {
          const next = moveCell(
            position,
            { key: 'Tab', shiftKey: back },
            { rows: rowCount, cols: columns.length, pageRows: 1 },
          );
          if (next) moveTo(next);
        }),
    };
  });
  const rowActions = useMemo<RowActions>(
    () => ({
      onCellMouseDown: (index, col, row) => handlers.current?.onCellMouseDown(index, col, row),
      onCellDoubleClick: (index, col) => handlers.current?.onCellDoubleClick(index, col),
      onDelete: (row) => handlers.current?.onDelete(row),
      onHistory: (row) => handlers.current?.onHistory(row),
      onEditChange: (text) => handlers.current?.onEditChange(text),
      onEditCommit: () => handlers.current?.onEditCommit(),
      onEditCancel: () => handlers.current?.onEditCancel(),
      onEditTab: (back) => handlers.current?.onEditTab(back),
      onRowHover: (index) => setHovered(index),
    }),
    [],
  );

  const activeRow = active ? getRow(active.row) : undefined;
  return (
    <div
      ref={scrollRef}
      className="fact-grid"
      role="grid"
      tabIndex={0}
      aria-label="Facts"
      aria-rowcount={rowCount + 1}
      aria-colcount={columns.length}
      aria-activedescendant={active && activeRow ? cellId(active) : undefined}
      data-testid="fact-grid"
      style={gridStyle}
      onKeyDown={onKeyDown}
    >
      <FactGridHeader columns={columns} sort={props.sort} onSort={props.onSort} />
      {rowCount === 0 ? (
        props.empty
      ) : (
        <div
          className="fact-grid-body"
          role="rowgroup"
          onMouseLeave={() => setHovered(null)}
          style={{ height: virtualizer.getTotalSize() }}
        >
          {items.map((item) => {
            const row = getRow(item.index);
            return (
              <FactGridRow
                key={item.key}
                index={item.index}
                top={item.start - HEADER_HEIGHT}
                row={row}
                columns={columns}
                activeCol={active?.row === item.index ? active.col : null}
                edit={edit && row && edit.factId === row.id ? edit : null}
                hovered={hovered === item.index}
                actions={rowActions}
              />
            );
          })}
        </div>
      )}
    </div>
  );
}

// The columns' tracks; below the sum of their minimum widths the grid scrolls sideways.
function columnStyle(columns: readonly FactColumn[]): CSSProperties {
  return {
    '--grid-columns': [...columns.map((column) => column.width), `${ACTIONS_WIDTH}px`].join(' '),
    '--grid-min-width': `${minGridWidth(columns)}px`,
  } as CSSProperties;
}

function cellId(position: CellPosition): string {
  return factCellId(position.row, position.col);
}
