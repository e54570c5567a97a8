import { useEffect, useState, type FormEvent } from 'react';
import type { ResultOf } from '../../../shared/api/contract';
import { FormActions } from '../../ui/FormActions';
import { RecentWorkspaces } from './RecentWorkspaces';
import { useApi } from '../../api/ApiContext';
import { Dialog } from '../../ui/Dialog';
import { describeError } from '../../ui/describeError';

/**
 * Browser mode's New/Open: the path of a workspace file on the machine the server runs on
 * (a page cannot learn a path from the browser's file picker). The server opens or creates it
 * with the same checks as the desktop app; a refusal is shown here with its exact message.
 * Open lists the recent workspaces too (browser mode's Open Recent): one click fills the path.
 */
export function WorkspacePathDialog({
  kind,
  onClose,
  onFailure,
}: {
  kind: 'open' | 'new';
  onClose: () => void;
  onFailure?: (failure: { path: string; message: string }) => void;
}) {
  const api = useApi();
  const [path, setPath] = useState('');
  const [sample, setSample] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [recent, setRecent] = useState<ResultOf<'workspace:recent'>['recent']>([]);

  useEffect(() => {
    if (kind !== 'open') return;
    api.invoke('workspace:recent', {}).then(
      (value) => setRecent(value.recent),
      () => setRecent([]),
    );
  }, [api, kind]);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const trimmed = path.trim();
    if (!trimmed || busy) return;
    setBusy(true);
    setError(null);
    try {
      if (kind === 'open') await api.invoke('workspace:open', { path: trimmed });
      else await api.invoke('workspace:create', { path: ensureExtension(trimmed), sample });
      onClose();
    } catch (e) {
      const message = describeError(e);
      setError(message);
      onFailure?.({ path: trimmed, message });
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={kind === 'open' ? 'Open workspace' : 'New workspace'}
      onClose={onClose}
      testId="workspace-path-dialog"
    >
      <form className="new-memo-form" onSubmit={(event) => void submit(event)}>
        <label className="form-label" htmlFor="workspace-path-input">
          Path of the workspace file
        </label>
        <input
          id="workspace-path-input"
          className="field"
          value={path}
          placeholder="/home/you/Deals/Acme.tickmark"
          data-autofocus
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setPath(event.target.value)}
        />
        {kind === 'new' && (
          <label className="form-check">
            <input
              type="checkbox"
              checked={sample}
              onChange={(event) => setSample(event.target.checked)}
            />{' '}
            Fill it with the sample (facts and a memo)
          </label>
        )}
        <p className="form-hint">A path on this computer; .tickmark is added when missing.</p>
        {recent.length > 0 && <RecentWorkspaces recent={recent} onPick={setPath} />}
        <FormActions
          error={error}
          submitLabel={kind === 'open' ? 'Open' : 'Create'}
          busy={busy}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}

function ensureExtension(path: string): string {
  return /\.tickmark$/i.test(path) ? path : `${path}.tickmark`;
}
