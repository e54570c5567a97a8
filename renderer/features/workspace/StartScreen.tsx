import { useEffect, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import type { ResultOf } from '../../../shared/api/contract';
import { describeError } from '../../ui/describeError';
import { Icon } from '../../ui/Icon';
import { shortcutLabel } from '../../ui/shortcut';
import { IS_MAC } from '../../ui/useShortcuts';
import { RecentWorkspaces } from './RecentWorkspaces';
import { workspaceLabel } from './workspaceChoice';

type Recent = ResultOf<'workspace:recent'>;

/**
 * What the window shows while no workspace is open: why the last one could not be opened,
 * the recent workspaces (the backend keeps them per user, in both modes), and New/Open.
 */
export function StartScreen({
  onChoose,
  failure,
}: {
  onChoose: (kind: 'open' | 'new') => void;
  failure: { path: string; message: string } | null;
}) {
  const api = useApi();
  const [recent, setRecent] = useState<Recent | null>(null);
  const [openError, setOpenError] = useState<{ path: string; message: string } | null>(null);

  useEffect(() => {
    api.invoke('workspace:recent', {}).then(setRecent, () => setRecent(null));
  }, [api]);

  const lastFailure = openError ?? failure ?? recent?.lastFailure ?? null;
  const openRecent = (path: string): void => {
    setOpenError(null);
    api
      .invoke('workspace:open', { path })
      .catch((error: unknown) => setOpenError({ path, message: describeError(error) }));
  };

  return (
    <main className="start-screen" data-testid="start-screen">
      <div className="start-card">
        <h1 className="start-title">Tickmark</h1>
        <p className="start-lead">
          Open a workspace, or create one, to write memos over its deal data.
        </p>
        {lastFailure && (
          <div className="inline-error start-failure" role="alert">
            <strong>Could not open {workspaceLabel(lastFailure.path)}.</strong>{' '}
            <span data-testid="start-failure">{lastFailure.message}</span>
          </div>
        )}
        <div className="empty-actions">
          <button type="button" className="button button-primary" onClick={() => onChoose('new')}>
            <Icon name="plus" /> New workspace…
          </button>
          <button type="button" className="button" onClick={() => onChoose('open')}>
            <Icon name="database" /> Open… <kbd>{shortcutLabel('Mod+O', IS_MAC)}</kbd>
          </button>
        </div>
        {recent && recent.recent.length > 0 && (
          <RecentWorkspaces recent={recent.recent} onPick={openRecent} />
        )}
      </div>
    </main>
  );
}
