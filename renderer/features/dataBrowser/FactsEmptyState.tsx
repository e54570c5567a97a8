import { EmptyState } from '../../ui/EmptyState';
import { Icon } from '../../ui/Icon';

/** What the grid shows with no rows: a way out of the filters, or the first steps. */
export function FactsEmptyState({
  filtered,
  onClearFilters,
  onImport,
  onAdd,
}: {
  filtered: boolean;
  onClearFilters: () => void;
  onImport: () => void;
  onAdd: () => void;
}) {
  if (filtered) {
    return (
      <EmptyState
        icon="filter"
        title="No facts match"
        action={
          <button type="button" className="button" onClick={onClearFilters}>
            Clear filters
          </button>
        }
      >
        Nothing matches these filters. Clear them to see every fact.
      </EmptyState>
    );
  }
  return (
    <EmptyState
      icon="database"
      title="No facts yet"
      action={
        <div className="empty-actions">
          <button type="button" className="button button-primary" onClick={onImport}>
            <Icon name="upload" /> Import a CSV
          </button>
          <button type="button" className="button" onClick={onAdd}>
            <Icon name="plus" /> Add a fact
          </button>
        </div>
      }
    >
      Facts are the numbers your memos compute from: one value per entity, metric and period.
    </EmptyState>
  );
}
