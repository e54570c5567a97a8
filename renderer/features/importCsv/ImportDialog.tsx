import { useEffect, useRef, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import { ApiCallError } from '../../api/createApiClient';
import type { ImportCounts, ImportPreview } from '../../../shared/api/importApi';
import type { ApiProblem } from '../../../shared/api/apiError';
import { describeError } from '../shell/describeError';
import { Dialog } from '../shell/Dialog';
import { useToasts } from '../shell/ToastProvider';
import { FilePicker } from './FilePicker';
import { ImportPreviewTable } from './ImportPreviewTable';
import { ImportSummary } from './ImportSummary';
import { ImportProgress } from './ImportProgress';
import { ImportRejection } from './ImportRejection';
import { countLabel } from '../shell/countLabel';
import { formatCount } from '../shell/formatCount';

/** How many preview rows the dialog asks for; the counts always cover the whole file. */
const PREVIEW_ROWS = 2_000;

type Stage =
  | { kind: 'pick' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'rejected'; fileName: string; message: string; problems: readonly ApiProblem[] }
  | { kind: 'preview'; csv: string; preview: ImportPreview }
  | { kind: 'committing'; preview: ImportPreview; done: number; total: number }
  | { kind: 'failed'; csv: string; preview: ImportPreview; message: string };

/**
 * CSV import (CALC.md §1): pick a file, see what it would change (new, updated, unchanged
 * rows) before anything is written, then commit it in one transaction with a progress bar.
 * A bad row rejects the file with its line and column, and nothing changes.
 */
export function ImportDialog({
  onClose,
  onImported,
}: {
  onClose: () => void;
  onImported: () => void;
}) {
  const api = useApi();
  const toasts = useToasts();
  const [stage, setStage] = useState<Stage>({ kind: 'pick' });
  const request = useRef(0);

  useEffect(
    () =>
      api.on('import:progress', ({ done, total }) =>
        setStage((current) =>
          current.kind === 'committing' ? { ...current, done, total } : current,
        ),
      ),
    [api],
  );

  const onFile = async (file: File): Promise<void> => {
    const mine = ++request.current;
    setStage({ kind: 'reading', fileName: file.name });
    try {
      const csv = await file.text();
      const preview = await api.invoke('import:preview', {
        csv,
        fileName: file.name,
        maxRows: PREVIEW_ROWS,
      });
      if (mine === request.current) setStage({ kind: 'preview', csv, preview });
    } catch (error) {
      if (mine !== request.current) return;
      const problems = error instanceof ApiCallError ? (error.error.problems ?? []) : [];
      setStage({
        kind: 'rejected',
        fileName: file.name,
        message: describeRejection(error),
        problems,
      });
    }
  };

  const commit = async (csv: string, preview: ImportPreview): Promise<void> => {
    // The progress counts fact rows, as the backend's import:progress does.
    setStage({
      kind: 'committing',
      preview,
      done: 0,
      total: preview.counts.new + preview.counts.updated,
    });
    try {
      const result = await api.invoke('import:commit', { csv, fileName: preview.fileName });
      toasts.show({
        kind: 'success',
        message: `Imported ${preview.fileName}`,
        detail: summary(result.counts, preview.entityNames.length),
      });
      onImported();
      onClose();
    } catch (error) {
      setStage({ kind: 'failed', csv, preview, message: describeError(error) });
    }
  };

  const busy = stage.kind === 'reading' || stage.kind === 'committing';
  const preview = 'preview' in stage ? stage.preview : null;
  const toWrite = preview ? changesOf(preview) : 0;

  return (
    <Dialog
      title="Import facts from CSV"
      wide
      testId="import-dialog"
      onClose={() => {
        if (!busy) onClose();
      }}
      footer={
        <>
          {preview && stage.kind !== 'committing' && (
            <button
              type="button"
              className="button button-quiet footer-left"
              onClick={() => setStage({ kind: 'pick' })}
            >
              Choose another file
            </button>
          )}
          <button
            type="button"
            className="button"
            onClick={onClose}
            disabled={stage.kind === 'committing'}
          >
            Cancel
          </button>
          {(stage.kind === 'preview' || stage.kind === 'failed') && (
            <button
              type="button"
              className="button button-primary"
              disabled={toWrite === 0}
              onClick={() => void commit(stage.csv, stage.preview)}
            >
              {toWrite === 0 ? 'Nothing to import' : `Import ${countLabel(toWrite, 'change')}`}
            </button>
          )}
        </>
      }
    >
      {(stage.kind === 'pick' || stage.kind === 'rejected' || stage.kind === 'reading') && (
        <FilePicker onFile={(file) => void onFile(file)} busy={stage.kind === 'reading'} />
      )}
      {stage.kind === 'reading' && <p className="import-status">Checking {stage.fileName}…</p>}
      {stage.kind === 'rejected' && (
        <ImportRejection
          fileName={stage.fileName}
          message={stage.message}
          problems={stage.problems}
        />
      )}
      {preview && (
        <>
          <ImportSummary preview={preview} />
          {stage.kind === 'committing' && <ImportProgress done={stage.done} total={stage.total} />}
          {stage.kind === 'failed' && (
            <div className="inline-error" role="alert">
              The import failed and nothing was written: {stage.message}
            </div>
          )}
          <ImportPreviewTable preview={preview} />
        </>
      )}
    </Dialog>
  );
}

/** What committing writes: new and updated facts, and entities the file renames. */
function changesOf(preview: ImportPreview): number {
  return preview.counts.new + preview.counts.updated + preview.entityNames.length;
}

function summary(counts: ImportCounts, renamed: number): string {
  return [
    countLabel(counts.new, 'new fact'),
    countLabel(counts.updated, 'updated fact'),
    `${formatCount(counts.unchanged)} unchanged`,
    ...(renamed > 0
      ? [`${formatCount(renamed)} ${renamed === 1 ? 'entity' : 'entities'} renamed`]
      : []),
  ].join(', ');
}

// The backend's message names the file, the line and the column; keep it whole.
function describeRejection(error: unknown): string {
  return error instanceof ApiCallError ? error.error.message : describeError(error);
}
