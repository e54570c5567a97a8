import { formatCount } from '../../ui/formatCount';

/** One number of a preview: what kind of fact it counts (`new`, `updated`, …) and its label. */
export interface PreviewCount {
  key: string;
  label: string;
  value: number;
}

/** The three numbers every preview of facts gives: new, updated, unchanged. */
export function diffCounts(counts: {
  new: number;
  updated: number;
  unchanged: number;
}): PreviewCount[] {
  return [
    { key: 'new', label: 'New facts', value: counts.new },
    { key: 'updated', label: 'Updated', value: counts.updated },
    { key: 'unchanged', label: 'Unchanged', value: counts.unchanged },
  ];
}

/**
 * A preview's file (name and size) and what reading it would do, one card a number: the head of
 * both the CSV import's and the workbook link's summary.
 */
export function PreviewCounts({
  fileName,
  size,
  counts,
  testId,
}: {
  fileName: string;
  size: string;
  counts: PreviewCount[];
  testId: string;
}) {
  return (
    <>
      <div className="import-file">
        <strong>{fileName}</strong>
        <span className="muted"> · {size}</span>
      </div>
      <div className="import-cards" data-testid={testId}>
        {counts.map((card) => (
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
    </>
  );
}
