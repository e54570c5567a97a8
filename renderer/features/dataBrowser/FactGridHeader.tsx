import type { FactColumn } from './factColumns';
import type { FactField } from './parseFactField';
import { isSortColumn, type FactQuery } from './factQuery';
import { Icon } from '../../ui/Icon';

/** The sticky header row; a click on a column sorts by it, a second click reverses. */
export function FactGridHeader({
  columns,
  sort,
  onSort,
}: {
  columns: readonly FactColumn[];
  sort: FactQuery['sort'];
  onSort: (field: FactField) => void;
}) {
  return (
    <div className="fact-row fact-header" role="row" aria-rowindex={1}>
      {columns.map((column) => {
        const sorted = sort.column === column.field;
        const sortable = isSortColumn(column.field);
        return (
          <div
            key={column.field}
            role="columnheader"
            className={`fact-cell fact-header-cell${column.align === 'right' ? ' align-right' : ''}`}
            aria-sort={sorted ? (sort.desc ? 'descending' : 'ascending') : undefined}
          >
            {sortable ? (
              <button
                type="button"
                tabIndex={-1}
                className={`sort-button${sorted ? ' sorted' : ''}`}
                onClick={() => onSort(column.field)}
                title={`Sort by ${column.label.toLowerCase()}`}
              >
                <span>{column.label}</span>
                <span className="sort-icon" aria-hidden>
                  <Icon name={sorted && sort.desc ? 'chevronDown' : 'chevronUp'} size={12} />
                </span>
              </button>
            ) : (
              <span className="sort-button">{column.label}</span>
            )}
          </div>
        );
      })}
      <div className="fact-cell fact-header-cell fact-actions-cell" aria-hidden />
    </div>
  );
}
