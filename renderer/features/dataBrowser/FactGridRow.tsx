import { memo } from 'react';
import type { FactRow } from '../../../shared/api/factsApi';
import type { FactColumn } from './factColumns';
import { factLabel } from './factLabel';
import { CellEditor, type CellEdit } from './CellEditor';
import { Icon } from '../../ui/Icon';

/** What a row can ask of the grid; one stable object for every row, so rows can be memoised. */
export interface RowActions {
  onCellMouseDown(index: number, col: number, row: FactRow): void;
  onCellDoubleClick(index: number, col: number): void;
  onDelete(row: FactRow): void;
  onHistory(row: FactRow): void;
  onEditChange(text: string): void;
  onEditCommit(): void;
  onEditCancel(): void;
  onEditTab(back: boolean): void;
  onRowHover(index: number): void;
}

interface FactGridRowProps {
  index: number;
  top: number;
  /** Undefined while the row's page loads: a placeholder row is shown. */
  row: FactRow | undefined;
  columns: readonly FactColumn[];
  activeCol: number | null;
  /** The edit in progress when it is in this row. */
  edit: CellEdit | null;
  /** The row buttons (history, delete) exist only on the hovered and the active row. */
  hovered: boolean;
  actions: RowActions;
}

/** The id of a cell, for aria-activedescendant. */
export function factCellId(row: number, col: number): string {
  return `fact-cell-${row}-${col}`;
}

/**
 * One row of the facts grid, absolutely placed by the virtualiser. Memoised: while the grid
 * scrolls, only the rows that come into view render.
 */
export const FactGridRow = memo(function FactGridRow(props: FactGridRowProps) {
  const { row, index, activeCol, columns, edit, actions } = props;
  const style = { transform: `translateY(${props.top}px)` };
  if (!row) {
    return (
      <div className="fact-row fact-row-loading" role="row" aria-rowindex={index + 2} style={style}>
        {columns.map((column) => (
          <div key={column.field} className="fact-cell" role="gridcell">
            <span className="skeleton" />
          </div>
        ))}
        <div className="fact-cell fact-actions-cell" />
      </div>
    );
  }
  const label = factLabel(row);
  return (
    <div
      className={`fact-row${activeCol !== null ? ' fact-row-active' : ''}${edit ? ' fact-row-editing' : ''}`}
      role="row"
      aria-rowindex={index + 2}
      style={style}
      data-fact-key={label}
      data-fact-id={row.id}
      onMouseEnter={() => actions.onRowHover(index)}
    >
      {columns.map((column, col) => {
        const editing = edit !== null && edit.col === col;
        const text = column.display(row);
        return (
          <div
            key={column.field}
            id={factCellId(index, col)}
            role="gridcell"
            aria-selected={activeCol === col}
            className={cellClass(column.align, column.numeric, activeCol === col, editing)}
            data-field={column.field}
            title={text.length > 24 ? text : undefined}
            onMouseDown={(event) => {
              if ((event.target as HTMLElement).closest('.cell-editor')) return;
              event.preventDefault();
              actions.onCellMouseDown(index, col, row);
            }}
            onDoubleClick={() => actions.onCellDoubleClick(index, col)}
          >
            {editing ? (
              <CellEditor
                edit={edit}
                label={`${column.label} of ${label}`}
                align={column.align}
                onChange={actions.onEditChange}
                onCommit={actions.onEditCommit}
                onCancel={actions.onEditCancel}
                onTab={actions.onEditTab}
              />
            ) : (
              <span className="cell-text">{text}</span>
            )}
          </div>
        );
      })}
      <div className="fact-cell fact-actions-cell">
        {(props.hovered || activeCol !== null) && (
          <>
            <button
              type="button"
              tabIndex={-1}
              className="row-action"
              title={`History of ${label}`}
              aria-label={`History of ${label}`}
              onClick={() => actions.onHistory(row)}
            >
              <Icon name="history" size={14} />
            </button>
            <button
              type="button"
              tabIndex={-1}
              className="row-action row-action-danger"
              title={`Delete ${label}`}
              aria-label={`Delete ${label}`}
              onClick={() => actions.onDelete(row)}
            >
              <Icon name="trash" size={14} />
            </button>
          </>
        )}
      </div>
    </div>
  );
});

function cellClass(
  align: string,
  numeric: boolean | undefined,
  active: boolean,
  editing: boolean,
): string {
  let name = 'fact-cell';
  if (align === 'right') name += ' align-right';
  if (numeric) name += ' numeric';
  if (active) name += ' cell-active';
  if (editing) name += ' cell-editing';
  return name;
}
