import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import { ApiCallError } from '../../api/createApiClient';
import type { LinkInfo, LinkPreview } from '../../../shared/api/linksApi';
import { describeError } from '../../ui/describeError';
import { Dialog } from '../../ui/Dialog';
import { useToasts } from '../../ui/ToastProvider';
import { countLabel } from '../../ui/countLabel';
import { ImportPreviewTable } from '../importCsv/ImportPreviewTable';
import { LinkedWorkbookList } from './LinkedWorkbookList';
import { LinkSummaryCards } from './LinkSummaryCards';

const PREVIEW_ROWS = 2_000;

/** In Electron the main process answers `links:pickFile` with the system's Open dialog. */
const CAN_PICK = typeof window !== 'undefined' && 'tickmark' in window;

type Stage =
  | { kind: 'choose' }
  | { kind: 'reading'; path: string }
  | { kind: 'rejected'; path: string; message: string; where: string | null }
  | { kind: 'preview'; preview: LinkPreview }
  | { kind: 'linking'; preview: LinkPreview }
  | { kind: 'failed'; preview: LinkPreview; message: string };

/**
 * Deal data → Link workbook… (CALC.md §7): the linked workbooks with their state, a path to
 * link a new one, and for either a preview of what reading it would change (new, updated,
 * unchanged, and facts no longer in the file, which are kept) before one transaction writes it.
 * The path is typed or pasted (in browser mode the page cannot learn a picked file's path); in
 * Electron, Choose… opens the system's Open dialog.
 */
export function LinkWorkbookDialog({
  initialPath,
  onClose,
  onLinked,
}: {
  /** Open straight on the preview of this linked workbook (from "model.xlsx changed: refresh?"). */
  initialPath?: string;
  onClose: () => void;
  onLinked: () => void;
}) {
  const api = useApi();
  const toasts = useToasts();
  const [links, setLinks] = useState<LinkInfo[] | null>(null);
  const [path, setPath] = useState('');
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const request = useRef(0);

  const loadLinks = useCallback(async () => {
    try {
      setLinks((await api.invoke('links:list', {})).links);
    } catch (error) {
      toasts.show({
        kind: 'error',
        message: 'Could not list linked workbooks',
        detail: describeError(error),
      });
    }
  }, [api, toasts]);

  const previewPath = useCallback(
    async (target: string) => {
      const mine = ++request.current;
      setStage({ kind: 'reading', path: target });
      try {
        const preview = await api.invoke('links:preview', { path: target, maxRows: PREVIEW_ROWS });
        if (mine === request.current) setStage({ kind: 'preview', preview });
      } catch (error) {
        if (mine !== request.current) return;
        const apiError = error instanceof ApiCallError ? error.error : null;
        setStage({
          kind: 'rejected',
          path: target,
          message: apiError ? apiError.message : describeError(error),
          where: apiError?.where ?? null,
        });
      }
    },
    [api],
  );

  useEffect(() => {
    void loadLinks();
    return api.on('links:changed', () => void loadLinks());
  }, [api, loadLinks]);
  useEffect(() => {
    if (initialPath) void previewPath(initialPath);
  }, [initialPath, previewPath]);

  const link = async (preview: LinkPreview): Promise<void> => {
    setStage({ kind: 'linking', preview });
    try {
      const result = await api.invoke('links:link', { path: preview.path });
      const { counts } = result;
      toasts.show({
        kind: 'success',
        message: `Linked ${result.fileName}`,
        detail: [
          countLabel(counts.new, 'new fact'),
          countLabel(counts.updated, 'updated fact'),
          `${counts.unchanged} unchanged`,
          ...(counts.missing > 0 ? [`${counts.missing} no longer in the file (kept)`] : []),
        ].join(', '),
      });
      onLinked();
      onClose();
    } catch (error) {
      setStage({ kind: 'failed', preview, message: describeError(error) });
    }
  };

  const pick = async (): Promise<void> => {
    try {
      const chosen = await api.invoke('links:pickFile', {});
      if (chosen.path) {
        setPath(chosen.path);
        void previewPath(chosen.path);
      }
    } catch (error) {
      toasts.show({
        kind: 'error',
        message: 'Could not open the file dialog',
        detail: describeError(error),
      });
    }
  };

  const unlink = async (target: string): Promise<void> => {
    try {
      await api.invoke('links:unlink', { path: target });
      await loadLinks();
    } catch (error) {
      toasts.show({ kind: 'error', message: 'Could not unlink', detail: describeError(error) });
    }
  };

  const busy = stage.kind === 'reading' || stage.kind === 'linking';
  const preview = 'preview' in stage ? stage.preview : null;
  const known = preview ? (links ?? []).some((l) => l.path === preview.path) : false;

  return (
    <Dialog
      title="Link an Excel workbook"
      wide
      testId="link-dialog"
      onClose={() => {
        if (!busy) onClose();
      }}
      footer={
        <>
          {preview && stage.kind !== 'linking' && (
            <button
              type="button"
              className="button button-quiet footer-left"
              onClick={() => setStage({ kind: 'choose' })}
            >
              Back to linked workbooks
            </button>
          )}
          <button
            type="button"
            className="button"
            onClick={onClose}
            disabled={stage.kind === 'linking'}
          >
            {preview ? 'Cancel' : 'Close'}
          </button>
          {(stage.kind === 'preview' || stage.kind === 'failed') && (
            <button
              type="button"
              className="button button-primary"
              onClick={() => void link(stage.preview)}
            >
              {known ? 'Refresh' : 'Link workbook'}
              {stage.preview.counts.new + stage.preview.counts.updated > 0
                ? ` (${countLabel(stage.preview.counts.new + stage.preview.counts.updated, 'change')})`
                : ''}
            </button>
          )}
        </>
      }
    >
      {!preview && (
        <>
          <LinkedWorkbookList
            links={links ?? []}
            busy={busy}
            onRefresh={(p) => void previewPath(p)}
            onUnlink={(p) => void unlink(p)}
          />
          <form
            className="link-form"
            onSubmit={(event) => {
              event.preventDefault();
              if (path.trim()) void previewPath(path.trim());
            }}
          >
            <label className="link-label" htmlFor="link-path">
              Workbook to link (.xlsx): its full path
            </label>
            <div className="link-row">
              <input
                id="link-path"
                className="field link-path-field"
                data-autofocus
                placeholder="/Users/me/Models/model.xlsx"
                value={path}
                onChange={(event) => setPath(event.target.value)}
                spellCheck={false}
              />
              {CAN_PICK && (
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  onClick={() => void pick()}
                >
                  Choose…
                </button>
              )}
              <button
                type="submit"
                className="button button-primary"
                disabled={busy || !path.trim()}
              >
                Preview
              </button>
            </div>
            <p className="import-note">
              Facts come from defined names <code>ENTITY.metric.PERIOD</code> on one cell and from a
              sheet named <code>facts</code> laid out as the CSV import. A defined name{' '}
              <code>tickmark.scale</code> (for example 1000000) says a sheet is in millions.
            </p>
          </form>
        </>
      )}
      {stage.kind === 'reading' && <p className="import-status">Reading {stage.path}…</p>}
      {stage.kind === 'rejected' && (
        <div className="import-rejected" role="alert" data-testid="link-error">
          <div className="import-rejected-title">
            The workbook cannot be linked. Nothing was changed.
          </div>
          <p>
            {stage.where && <span className="import-where">{stage.where}</span>} {stage.message}
          </p>
        </div>
      )}
      {preview && (
        <>
          <LinkSummaryCards preview={preview} />
          {stage.kind === 'failed' && (
            <div className="inline-error" role="alert">
              The link failed and nothing was written: {stage.message}
            </div>
          )}
          <ImportPreviewTable
            preview={{ ...preview, total: preview.rows.length }}
            afterLabel="After link"
          />
        </>
      )}
    </Dialog>
  );
}
