import type { ReactNode } from 'react';
import type { FactColumn } from './factColumns';
import type { FactRow } from '../../../shared/api/factsApi';
import { factLabel } from './factLabel';
import { Icon } from '../shell/Icon';

interface FactGridRowProps {
  index: number;
  top: number;
  /** Undefined while the row's page loads: a placeholder row is shown. */
  row: FactRow | undefined;
  columns: readonly FactColumn[];
  activeCol: number | null;
  cellId: (col: number) => string;
  renderEditor: (row: FactRow, col: number) => ReactNode;
  onCellMouseDown: (col: number, row: FactRow) => void;
  onCellDoubleClick: (col: number) => void;
  onDelete: (row: FactRow) => void;
  onHistory: (row: FactRow) => void;
}

/** One row of the facts grid, absolutely placed by the virtualiser. */
export function FactGridRow(props: FactGridRowProps) {
  const { row, index, activeCol, columns } = props;
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
  const editors = columns.map((_, col) => props.renderEditor(row, col));
  const editing = editors.some((editor) => editor !== null);
  return (
    <div
      className={`fact-row${activeCol !== null ? ' fact-row-active' : ''}${editing ? ' fact-row-editing' : ''}`}
      role="row"
      aria-rowindex={index + 2}
      style={style}
      data-fact-key={factLabel(row)}
      data-fact-id={row.id}
    >
      {columns.map((column, col) => {
        const editor = editors[col] ?? null;
        const text = column.display(row);
        return (
          <div
            key={column.field}
            id={props.cellId(col)}
            role="gridcell"
            aria-selected={activeCol === col}
            className={cellClass(column.align, column.numeric, activeCol === col, editor !== null)}
            data-field={column.field}
            title={text.length > 24 ? text : undefined}
            onMouseDown={(event) => {
              if ((event.target as HTMLElement).closest('.cell-editor')) return;
              event.preventDefault();
              props.onCellMouseDown(col, row);
            }}
            onDoubleClick={() => props.onCellDoubleClick(col)}
          >
            {editor ?? <span className="cell-text">{text}</span>}
          </div>
        );
      })}
      <div className="fact-cell fact-actions-cell">
        <button
          type="button"
          tabIndex={-1}
          className="row-action"
          title={`History of ${factLabel(row)}`}
          aria-label={`History of ${factLabel(row)}`}
          onClick={() => props.onHistory(row)}
        >
          <Icon name="history" size={14} />
        </button>
        <button
          type="button"
          tabIndex={-1}
          className="row-action row-action-danger"
          title={`Delete ${factLabel(row)}`}
          aria-label={`Delete ${factLabel(row)}`}
          onClick={() => props.onDelete(row)}
        >
          <Icon name="trash" size={14} />
        </button>
      </div>
    </div>
  );
}

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
