import type { ResultOf } from '../../../shared/api/contract';
import type { EditorStatus } from '../memoEditor/editorStatus';
import { Icon } from '../../ui/Icon';
import { countLabel } from '../../ui/countLabel';
import { DeskIndicator } from '../desk/DeskIndicator';

const SAVE_LABEL: Record<EditorStatus['save'], string> = {
  saved: 'Saved',
  saving: 'Saving…',
  unsaved: 'Unsaved changes',
  failed: 'Not saved',
  conflict: 'Not saved: changed in another window',
};

/** The bottom line: workspace file (and read-only), the open memo's save state and figure errors, the version. */
export function StatusLine({
  info,
  status,
}: {
  info: ResultOf<'app:info'> | null;
  status: EditorStatus | null;
}) {
  const workspace = info?.workspace ?? null;
  return (
    <footer className="status-line" aria-label="Status">
      <span className="status-item">
        <Icon name="database" size={12} />
        <span className="status-path" data-testid="workspace-path" title={workspace?.path}>
          {workspace?.path ?? 'No workspace open'}
        </span>
        {workspace?.readOnly && (
          <span
            className="status-badge"
            data-testid="read-only"
            title="The workspace file cannot be written: changes are refused."
          >
            <Icon name="lock" size={11} /> Read-only
          </span>
        )}
      </span>
      {status && (
        <span
          className={`status-item status-${status.save}`}
          data-testid="save-state"
          role="status"
        >
          <span className="status-dot" />
          {SAVE_LABEL[status.save]}
          {status.message && (status.save === 'failed' || status.save === 'conflict')
            ? `: ${status.message}`
            : ''}
        </span>
      )}
      {status && (
        <button
          type="button"
          className={`status-item status-jump${status.errorCount > 0 ? ' status-errors' : ''}`}
          data-testid="figure-errors"
          disabled={status.errorCount === 0 || !status.goTo}
          title={status.errorCount > 0 ? 'Go to the next error' : undefined}
          onClick={() => status.goTo?.({ kind: 'error' })}
        >
          {status.errorCount > 0 ? (
            <Icon name="alert" size={12} />
          ) : (
            <Icon name="check" size={12} />
          )}
          {status.errorCount > 0
            ? countLabel(status.errorCount, 'figure error')
            : 'No figure errors'}
        </button>
      )}
      {status && (status.warningCount ?? 0) > 0 && (
        <button
          type="button"
          className="status-item status-jump status-warnings"
          data-testid="figure-warnings"
          title="Go to the next warning"
          onClick={() => status.goTo?.({ kind: 'warning' })}
        >
          <Icon name="alert" size={12} />
          {countLabel(status.warningCount ?? 0, 'warning')}
        </button>
      )}
      {workspace && <DeskIndicator readOnly={workspace.readOnly} />}
      <span className="status-version">Tickmark {info?.version}</span>
    </footer>
  );
}
