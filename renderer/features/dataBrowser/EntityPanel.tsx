import { useMemo, useState } from 'react';
import type { Entity } from '../../../shared/api/factsApi';
import { Icon } from '../../ui/Icon';
import { formatCount } from '../../ui/formatCount';
import { ENTITY_KIND_LABEL } from './entityKindLabel';
import { SearchField } from '../../ui/SearchField';

/**
 * The entities of the workspace with their fact counts; choosing one filters the grid. Each
 * has an edit button (name and kind), and New entity adds one (not in a read-only workspace).
 */
export function EntityPanel({
  entities,
  error,
  selected,
  onSelect,
  onEdit,
}: {
  /** Edit this entity; null: a new one. Absent in a read-only workspace. */
  onEdit?: (entity: Entity | null) => void;
  entities: Entity[] | null;
  /** Why the list could not be loaded. */
  error: string | null;
  selected: string;
  onSelect: (code: string) => void;
}) {
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const list = entities ?? [];
    return needle
      ? list.filter(
          (e) => e.code.toLowerCase().includes(needle) || e.name.toLowerCase().includes(needle),
        )
      : list;
  }, [entities, filter]);
  const total = (entities ?? []).reduce((sum, e) => sum + e.factCount, 0);

  return (
    <nav className="entity-panel" aria-label="Entities" data-testid="entity-panel">
      <div className="entity-panel-head">
        <span className="section-label">Entities</span>
        <span className="section-count">{entities ? formatCount(entities.length) : ''}</span>
        {onEdit && (
          <button
            type="button"
            className="icon-button entity-new"
            aria-label="New entity"
            title="New entity"
            onClick={() => onEdit(null)}
          >
            <Icon name="plus" size={14} />
          </button>
        )}
      </div>
      <SearchField
        className="entity-filter"
        placeholder="Filter entities"
        value={filter}
        onChange={setFilter}
      />
      {error && (
        <p className="inline-error entity-error" role="alert">
          Could not load entities: {error}
        </p>
      )}
      <ul className="entity-list">
        <li>
          <button
            type="button"
            className={`entity-item${selected === '' ? ' selected' : ''}`}
            aria-current={selected === '' ? 'true' : undefined}
            onClick={() => onSelect('')}
          >
            <span className="entity-name">All entities</span>
            <span className="entity-count">{formatCount(total)}</span>
          </button>
        </li>
        {shown.map((entity) => (
          <li key={entity.code} className="entity-row">
            <button
              type="button"
              className={`entity-item${selected === entity.code ? ' selected' : ''}`}
              aria-current={selected === entity.code ? 'true' : undefined}
              title={`${entity.name} · ${ENTITY_KIND_LABEL[entity.kind]}`}
              data-entity={entity.code}
              onClick={() => onSelect(selected === entity.code ? '' : entity.code)}
            >
              <span className="entity-text">
                <span className="entity-code">{entity.code}</span>
                <span className="entity-name">{entity.name}</span>
              </span>
              <span className="entity-count">{formatCount(entity.factCount)}</span>
            </button>
            {onEdit && (
              <button
                type="button"
                className="icon-button entity-edit"
                aria-label={`Edit ${entity.code}`}
                title={`Edit ${entity.code}: name and kind`}
                onClick={() => onEdit(entity)}
              >
                <Icon name="pencil" size={13} />
              </button>
            )}
          </li>
        ))}
        {entities && shown.length === 0 && (
          <li className="entity-none">
            {entities.length === 0 ? 'No entities yet.' : `No entity matches “${filter}”.`}
          </li>
        )}
      </ul>
    </nav>
  );
}
