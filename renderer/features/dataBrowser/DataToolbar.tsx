import type { Entity } from '../../../shared/api/factsApi';
import { countLabel } from '../../ui/countLabel';
import { Icon } from '../../ui/Icon';
import { shortcutLabel } from '../../ui/shortcut';
import { IS_MAC } from '../../ui/useShortcuts';
import { FactFilterBar } from './FactFilterBar';
import type { FactQuery } from './factQuery';
import type { FactSuggestions } from './useFactSuggestions';

type Filters = Pick<FactQuery, 'text' | 'metric' | 'period'>;

/** Above the grid: the count, the filters, and undo, history, import and add. */
export function DataToolbar(props: {
  titled: boolean;
  readOnly: boolean;
  total: number | null;
  filtered: boolean;
  filters: Filters;
  onFilters: (filters: Filters) => void;
  suggestions: FactSuggestions;
  onWantSuggestions: () => void;
  entities: Entity[] | null;
  entity: string;
  onEntity: (code: string) => void;
  undoLabel: string | null;
  onUndo: () => void;
  detailsOpen: boolean;
  onToggleDetails: () => void;
  onImport: () => void;
  onLink: () => void;
  adding: boolean;
  onAdd: () => void;
}) {
  const { total } = props;
  return (
    <header className="data-toolbar">
      <div className="data-title">
        {props.titled && <h2>Deal data</h2>}
        <span className="muted-count" data-testid="fact-count">
          {total === null ? '' : `${countLabel(total, 'fact')}${props.filtered ? ' shown' : ''}`}
        </span>
      </div>
      <FactFilterBar
        value={props.filters}
        onChange={props.onFilters}
        suggestions={props.suggestions}
        onWantSuggestions={props.onWantSuggestions}
      />
      <select
        className="field entity-select"
        aria-label="Filter by entity"
        value={props.entity}
        onChange={(event) => props.onEntity(event.target.value)}
      >
        <option value="">All entities</option>
        {(props.entities ?? []).map((entity) => (
          <option key={entity.code} value={entity.code}>
            {entity.code}
          </option>
        ))}
      </select>
      <div className="data-actions">
        {props.readOnly && (
          <span className="read-only-note" title="The workspace file cannot be written.">
            <Icon name="lock" size={13} /> Read-only
          </span>
        )}
        <button
          type="button"
          className="icon-button"
          disabled={props.undoLabel === null || props.readOnly}
          title={
            props.undoLabel
              ? `Undo ${props.undoLabel} (${shortcutLabel('Mod+Z', IS_MAC)})`
              : 'Nothing to undo'
          }
          aria-label="Undo the last fact edit"
          onClick={props.onUndo}
        >
          <Icon name="undo" />
        </button>
        <button
          type="button"
          className="button button-quiet"
          aria-pressed={props.detailsOpen}
          aria-label="History"
          title="Show the focused fact and its history (Alt+H)"
          onClick={props.onToggleDetails}
        >
          <Icon name="history" /> <span className="button-label">History</span>
        </button>
        <button
          type="button"
          className="button"
          title="Import facts from a CSV file"
          aria-label="Import CSV"
          disabled={props.readOnly}
          onClick={props.onImport}
        >
          <Icon name="upload" /> <span className="button-label">Import CSV</span>
        </button>
        <button
          type="button"
          className="button"
          title="Link an Excel workbook: its named cells and facts sheet become facts"
          aria-label="Link workbook…"
          disabled={props.readOnly}
          onClick={props.onLink}
        >
          <Icon name="file" /> <span className="button-label">Link workbook…</span>
        </button>
        <button
          type="button"
          className="button button-primary"
          title="Add a fact"
          aria-label="Add fact"
          onClick={props.onAdd}
          disabled={props.adding || props.readOnly}
        >
          <Icon name="plus" /> <span className="button-label">Add fact</span>
        </button>
      </div>
    </header>
  );
}
