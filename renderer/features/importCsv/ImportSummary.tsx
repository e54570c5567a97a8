import type { ImportPreview } from '../../../shared/api/importApi';
import { countLabel } from '../shell/countLabel';
import { formatCount } from '../shell/formatCount';

/** What the file would do, in four numbers, and the entities its `entity_name` renames. */
export function ImportSummary({ preview }: { preview: ImportPreview }) {
  const { counts } = preview;
  const cards = [
    { key: 'new', label: 'New facts', value: counts.new },
    { key: 'updated', label: 'Updated', value: counts.updated },
    { key: 'unchanged', label: 'Unchanged', value: counts.unchanged },
    { key: 'entities', label: 'New entities', value: counts.newEntities },
  ];
  return (
    <div className="import-summary">
      <div className="import-file">
        <strong>{preview.fileName}</strong>
        <span className="muted"> · {countLabel(preview.total, 'row')}</span>
      </div>
      <div className="import-cards" data-testid="import-summary">
        {cards.map((card) => (
          <div
            key={card.key}
            className={`import-card import-card-${card.key}`}
            data-count={card.key}
          >
            <span className="import-card-value">{formatCount(card.value)}</span>
            <span className="import-card-label">{card.label}</span>
          </div>
        ))}
      </div>
      {preview.entityNames.length > 0 && (
        <ul className="import-entity-names" data-testid="import-entity-names">
          {preview.entityNames.map(({ code, from, to }) => (
            <li key={code}>
              Renames {code} from “{from}” to “{to}”.
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
