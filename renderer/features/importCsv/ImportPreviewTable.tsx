import { useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ImportPreview, ImportPreviewRow } from '../../../shared/api/importApi';
import { formatFactValue } from '../dataBrowser/formatFactValue';
import { factLabel } from '../dataBrowser/factLabel';
import { countLabel } from '../shell/countLabel';
import { formatCount } from '../shell/formatCount';

type Tab = 'changed' | ImportPreviewRow['status'] | 'all';

const ROW_HEIGHT = 32;
const MAX_HEIGHT = 340;
const STATUS_LABEL: Record<ImportPreviewRow['status'], string> = {
  new: 'New',
  updated: 'Updated',
  unchanged: 'Unchanged',
};
const FIELD_LABEL: Record<ImportPreviewRow['changed'][number], string> = {
  value: 'value',
  unit: 'unit',
  source: 'source',
  asOf: 'as of',
  note: 'note',
};

/** The rows of the file with what each would do, filtered by status; virtualised for big files. */
export function ImportPreviewTable({ preview }: { preview: ImportPreview }) {
  const { counts } = preview;
  const [tab, setTab] = useState<Tab>(counts.new + counts.updated > 0 ? 'changed' : 'all');
  const rows = useMemo(
    () =>
      preview.rows.filter((row) =>
        tab === 'all' ? true : tab === 'changed' ? row.status !== 'unchanged' : row.status === tab,
      ),
    [preview.rows, tab],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });

  const tabs: { key: Tab; label: string; count: number }[] = [
    { key: 'changed', label: 'Changes', count: counts.new + counts.updated },
    { key: 'new', label: 'New', count: counts.new },
    { key: 'updated', label: 'Updated', count: counts.updated },
    { key: 'unchanged', label: 'Unchanged', count: counts.unchanged },
    { key: 'all', label: 'All rows', count: preview.total },
  ];

  return (
    <div className="import-preview">
      <div className="import-tabs" role="tablist" aria-label="Rows to show">
        {tabs.map((t) => (
          <button
            key={t.key}
            type="button"
            role="tab"
            aria-selected={tab === t.key}
            className={`import-tab${tab === t.key ? ' selected' : ''}`}
            onClick={() => setTab(t.key)}
          >
            {t.label}
            <span className="import-tab-count">{formatCount(t.count)}</span>
          </button>
        ))}
      </div>
      <div
        className="import-table"
        role="table"
        aria-label="Rows of the file"
        data-testid="import-preview"
      >
        <div className="import-row import-head" role="row">
          <span role="columnheader">Line</span>
          <span role="columnheader">Status</span>
          <span role="columnheader">Fact</span>
          <span role="columnheader" className="align-right">
            Now
          </span>
          <span role="columnheader" className="align-right">
            After import
          </span>
          <span role="columnheader">Changes</span>
        </div>
        <div
          ref={scrollRef}
          className="import-scroll"
          style={{
            height: Math.min(MAX_HEIGHT, Math.max(ROW_HEIGHT * 2, rows.length * ROW_HEIGHT)),
          }}
        >
          {rows.length === 0 ? (
            <p className="import-none">No rows in this view.</p>
          ) : (
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {virtualizer.getVirtualItems().map((item) => {
                const row = rows[item.index];
                if (!row) return null;
                return (
                  <div
                    key={item.key}
                    className={`import-row import-${row.status}`}
                    role="row"
                    data-line={row.line}
                    data-status={row.status}
                    style={{ transform: `translateY(${item.start}px)` }}
                  >
                    <span className="numeric muted">{row.line}</span>
                    <span>
                      <span className={`status-pill status-pill-${row.status}`}>
                        {STATUS_LABEL[row.status]}
                      </span>
                    </span>
                    <span className="import-key">{factLabel(row)}</span>
                    <span className="numeric align-right muted">
                      {row.oldValue === null ? '—' : formatFactValue(row.oldValue, row.unit)}
                    </span>
                    <span className="numeric align-right import-new-value">
                      {formatFactValue(row.value, row.unit)}
                    </span>
                    <span className="muted">
                      {row.status === 'updated'
                        ? row.changed.map((f) => FIELD_LABEL[f]).join(', ')
                        : ''}
                    </span>
                  </div>
                );
              })}
            </div>
          )}
        </div>
      </div>
      {preview.truncated && (
        <p className="import-note">
          Showing {countLabel(preview.rows.length, 'row')} of {formatCount(preview.total)} (changed
          rows first). The counts above cover the whole file.
        </p>
      )}
    </div>
  );
}
