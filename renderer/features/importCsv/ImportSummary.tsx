import type { ImportPreview } from '../../../shared/api/importApi';
import { countLabel } from '../../ui/countLabel';
import { diffCounts, PreviewCounts } from './PreviewCounts';

/** What the file would do, in four numbers, and the entities its `entity_name` renames. */
export function ImportSummary({ preview }: { preview: ImportPreview }) {
  const { counts } = preview;
  const cards = [
    ...diffCounts(counts),
    { key: 'entities', label: 'New entities', value: counts.newEntities },
  ];
  return (
    <div className="import-summary">
      <PreviewCounts
        fileName={preview.fileName}
        size={countLabel(preview.total, 'row')}
        counts={cards}
        testId="import-summary"
      />
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
