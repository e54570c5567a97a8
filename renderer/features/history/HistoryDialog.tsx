import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { MemoVersionSummary } from '../../../shared/api/memoApi';
import type { ResultOf } from '../../../shared/api/contract';
import { useApi } from '../../api/ApiContext';
import { useSaveGate } from '../export/useSaveGate';
import type { EditorStatus } from '../memoEditor/editorStatus';
import { describeError } from '../../ui/describeError';
import { Dialog } from '../../ui/Dialog';
import { formatWhen } from '../../ui/formatWhen';
import { Icon } from '../../ui/Icon';
import { useToasts } from '../../ui/ToastProvider';
import { Redline } from './Redline';
import { reasonLabel } from './reasonLabel';

type Comparison = ResultOf<'versions:diff'>;
/** What the selected version is shown against: nothing (read it), the memo now, or another version. */
type Against = 'none' | 'now' | number;

/**
 * The open memo's history: its kept versions (newest first, with when, why and who), the
 * selected one read-only or compared as a redline with the memo now or another version,
 * Keep version, and Restore (the memo as it stands is kept first). Arrow keys move in the
 * list; every control is a button or a select.
 */
export function HistoryDialog({
  memoId,
  title,
  status,
  readOnly,
  onClose,
}: {
  memoId: number;
  title: string;
  status: EditorStatus | null;
  readOnly: boolean;
  onClose: () => void;
}) {
  const api = useApi();
  const toasts = useToasts();
  const saved = useSaveGate(status);
  const [versions, setVersions] = useState<MemoVersionSummary[] | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [chosen, setAgainst] = useState<Against>('now');
  // Selecting the version it was compared with compares it with now instead.
  const against: Against = chosen === selected ? 'now' : chosen;
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  const focused = useRef(false);

  const load = useCallback(async (): Promise<MemoVersionSummary[]> => {
    const { versions: list } = await api.invoke('memos:versions', { id: memoId });
    setVersions(list);
    return list;
  }, [api, memoId]);

  useEffect(() => {
    load().then(
      (list) => setSelected((current) => current ?? list[0]?.versionId ?? null),
      (e: unknown) => setError(describeError(e)),
    );
  }, [load]);

  useEffect(() => {
    if (selected === null) return;
    let cancelled = false;
    setComparison(null);
    const [from, to] =
      against === 'none'
        ? [selected, selected]
        : against === 'now'
          ? [selected, null]
          : [Math.min(selected, against), Math.max(selected, against)];
    api.invoke('versions:diff', { from, to }).then(
      (result) => !cancelled && setComparison(result),
      (e: unknown) => !cancelled && setError(describeError(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [api, selected, against, versions]);

  // The list arrives after the dialog opens: it takes the focus once, when it first shows.
  useEffect(() => {
    if (focused.current || !listRef.current) return;
    focused.current = true;
    listRef.current.focus();
  }, [versions]);

  const current = versions?.find((v) => v.versionId === selected) ?? null;

  const keep = async (): Promise<void> => {
    setBusy(true);
    try {
      await saved();
      const kept = await api.invoke('memos:keepVersion', { id: memoId });
      await load();
      setSelected(kept.versionId);
      toasts.show({ kind: 'success', message: `Kept as version ${kept.version}`, duration: 4000 });
    } catch (e) {
      toasts.show({
        kind: 'error',
        message: 'The version could not be kept',
        detail: describeError(e),
      });
    } finally {
      setBusy(false);
    }
  };

  const restore = async (): Promise<void> => {
    if (!current) return;
    setBusy(true);
    try {
      await saved();
      const memo = await api.invoke('memos:get', { id: memoId });
      const restored = await api.invoke('versions:restore', {
        versionId: current.versionId,
        baseVersion: memo.version,
      });
      toasts.show({
        kind: 'success',
        message: `Restored version ${current.version}`,
        detail: `The memo as it was is kept as version ${restored.kept.version}.`,
        duration: 6000,
      });
      onClose();
    } catch (e) {
      setConfirming(false);
      toasts.show({
        kind: 'error',
        message: 'The version could not be restored',
        detail: describeError(e),
      });
    } finally {
      setBusy(false);
    }
  };

  const onListKey = (event: KeyboardEvent<HTMLUListElement>): void => {
    if (!versions || versions.length === 0) return;
    const index = versions.findIndex((v) => v.versionId === selected);
    const next =
      event.key === 'ArrowDown'
        ? Math.min(versions.length - 1, index + 1)
        : event.key === 'ArrowUp'
          ? Math.max(0, index - 1)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? versions.length - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    setSelected(versions[next]?.versionId ?? null);
    setConfirming(false);
  };

  return (
    <Dialog title={`History of “${title}”`} onClose={onClose} wide testId="history-dialog">
      <div className="memo-history">
        <div className="memo-history-side">
          <button
            type="button"
            className="button memo-history-keep"
            onClick={() => void keep()}
            disabled={busy || readOnly}
          >
            <Icon name="check" size={14} /> Keep version
          </button>
          {versions && versions.length === 0 && (
            <p className="memo-history-empty">
              No versions yet. Each export keeps one; Keep version keeps one now.
            </p>
          )}
          {versions && versions.length > 0 && (
            <ul
              className="memo-history-list"
              role="listbox"
              aria-label="Versions"
              tabIndex={0}
              ref={listRef}
              aria-activedescendant={selected !== null ? `version-${selected}` : undefined}
              onKeyDown={onListKey}
            >
              {versions.map((version) => (
                <li
                  key={version.versionId}
                  id={`version-${version.versionId}`}
                  role="option"
                  aria-selected={version.versionId === selected}
                  className="memo-history-item"
                  onClick={() => {
                    setSelected(version.versionId);
                    setConfirming(false);
                  }}
                >
                  <span className="memo-history-item-title">
                    Version {version.version}
                    <span className={`memo-history-reason memo-history-reason-${version.reason}`}>
                      {reasonLabel(version.reason)}
                    </span>
                  </span>
                  <span className="memo-history-item-meta">
                    {formatWhen(version.createdAt)}
                    {version.who !== '' && ` · ${version.who}`}
                    {!version.hasSnapshot && ' · text only'}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="memo-history-main">
          {error && (
            <p className="inline-error" role="alert">
              {error}
            </p>
          )}
          {current && (
            <div className="memo-history-toolbar">
              <label className="memo-history-against">
                Compare version {current.version} with{' '}
                <select
                  value={String(against)}
                  onChange={(event) => {
                    const value = event.target.value;
                    setAgainst(value === 'none' || value === 'now' ? value : Number(value));
                  }}
                >
                  <option value="now">the memo now</option>
                  <option value="none">nothing: read it as it was</option>
                  {versions
                    ?.filter((v) => v.versionId !== current.versionId)
                    .map((v) => (
                      <option key={v.versionId} value={v.versionId}>
                        version {v.version} ({reasonLabel(v.reason).toLowerCase()},{' '}
                        {formatWhen(v.createdAt)})
                      </option>
                    ))}
                </select>
              </label>
              {!confirming ? (
                <button
                  type="button"
                  className="button"
                  onClick={() => setConfirming(true)}
                  disabled={busy || readOnly}
                >
                  <Icon name="restore" size={14} /> Restore version {current.version}
                </button>
              ) : (
                <span className="memo-history-confirm" role="group" aria-label="Confirm restore">
                  The memo as it stands is kept as a version first.
                  <button
                    type="button"
                    className="button button-primary"
                    onClick={() => void restore()}
                    disabled={busy}
                    autoFocus
                  >
                    Restore
                  </button>
                  <button type="button" className="button" onClick={() => setConfirming(false)}>
                    Cancel
                  </button>
                </span>
              )}
            </div>
          )}
          {comparison && (
            <>
              <p className="memo-history-heading">
                {against === 'none'
                  ? `Version ${current?.version ?? ''} as it was kept (read-only)`
                  : `Changes from ${comparison.fromLabel} to ${comparison.toLabel}`}
              </p>
              <Redline diff={comparison.diff} compare={against !== 'none'} />
            </>
          )}
        </div>
      </div>
    </Dialog>
  );
}
