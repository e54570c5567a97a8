import type { LinkPreview } from '../../../shared/api/linksApi';
import { countLabel } from '../../ui/countLabel';
import { diffCounts, PreviewCounts } from '../importCsv/PreviewCounts';

/** What linking the workbook would do, in numbers, and the defined names it ignores. */
export function LinkSummaryCards({ preview }: { preview: LinkPreview }) {
  const { counts, ignoredNames } = preview;
  const cards = [
    ...diffCounts(counts),
    { key: 'missing', label: 'Not in file (kept)', value: counts.missing },
  ];
  return (
    <div className="import-summary">
      <PreviewCounts
        fileName={preview.fileName}
        size={countLabel(preview.facts, 'fact')}
        counts={cards}
        testId="link-summary"
      />
      {ignoredNames.count > 0 && (
        <p className="import-note" data-testid="link-ignored">
          {countLabel(ignoredNames.count, 'other defined name')} ignored (not ENTITY.metric.PERIOD
          at workbook scope): {ignoredNames.names.join(', ')}
          {ignoredNames.count > ignoredNames.names.length ? ', …' : ''}
        </p>
      )}
      {counts.missing > 0 && (
        <p className="import-note">
          Facts this workbook gave before and no longer has stay in the workspace; delete them in
          the data browser if they are gone for good.
        </p>
      )}
    </div>
  );
}
