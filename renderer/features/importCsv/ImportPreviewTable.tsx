import { useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ImportCounts, ImportPreviewRow } from '../../../shared/api/importApi';
import { formatFactValue } from '../dataBrowser/formatFactValue';
import { factLabel } from '../dataBrowser/factLabel';
import { countLabel } from '../../ui/countLabel';
import { formatCount } from '../../ui/formatCount';

/** A row of the table: an import row, or a linked workbook's (with its cell, maybe missing). */
export type PreviewTableRow = Omit<ImportPreviewRow, 'status'> & {
  status: ImportPreviewRow['status'] | 'missing';
  place?: string;
};

/** What the table shows: a CSV import preview, or a link preview (which also counts missing facts). */
export interface PreviewTableData {
  rows: PreviewTableRow[];
  counts: ImportCounts & { missing?: number };
  total: number;
  truncated: boolean;
}

type Tab = 'changed' | PreviewTableRow['status'] | 'all';

const ROW_HEIGHT = 32;
const MAX_HEIGHT = 340;
const STATUS_LABEL: Record<PreviewTableRow['status'], string> = {
  new: 'New',
  updated: 'Updated',
  unchanged: 'Unchanged',
  missing: 'Not in file',
};
const FIELD_LABEL: Record<ImportPreviewRow['changed'][number], string> = {
  value: 'value',
  unit: 'unit',
  source: 'source',
  asOf: 'as of',
  note: 'note',
};

/**
 * The rows of the file with what each would do, filtered by status; virtualised for big files.
 * A link preview shows each row's cell instead of its line, and a tab of missing facts.
 */
export function ImportPreviewTable({
  preview,
  afterLabel = 'After import',
}: {
  preview: PreviewTableData;
  afterLabel?: string;
}) {
  const byPlace = preview.rows.some((row) => row.place !== undefined);
  const { counts } = preview;
  const [tab, setTab] = useState<Tab>(counts.new + counts.updated > 0 ? 'changed' : 'all');
  const rows = useMemo(
    () =>
      preview.rows.filter((row) =>
        tab === 'all'
          ? true
          : tab === 'changed'
            ? row.status === 'new' || row.status === 'updated'
            : row.status === tab,
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
    ...(counts.missing !== undefined
      ? [{ key: 'missing' as const, label: 'Not in file', count: counts.missing }]
      : []),
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
        className={`import-table${byPlace ? ' import-by-place' : ''}`}
        role="table"
        aria-label="Rows of the file"
        data-testid="import-preview"
      >
        <div className="import-row import-head" role="row">
          <span role="columnheader">{byPlace ? 'Cell' : 'Line'}</span>
          <span role="columnheader">Status</span>
          <span role="columnheader">Fact</span>
          <span role="columnheader" className="align-right">
            Now
          </span>
          <span role="columnheader" className="align-right">
            {afterLabel}
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
                    <span className={byPlace ? 'import-place muted' : 'numeric muted'}>
                      {byPlace ? row.place : row.line}
                    </span>
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
