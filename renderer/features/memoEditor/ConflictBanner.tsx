import { useState } from 'react';
import type { ApiClient } from '../../api/createApiClient';
import type { MemoRecord } from '../../../shared/api/memoApi';
import type { Memo } from '../../../shared/memo/memoTypes';
import type { Autosaver } from './createAutosaver';

/**
 * A save refused as stale: another window saved this memo first. The writer's text stays in
 * the editor; they keep theirs (saved on top, the other version stays in the memo's history)
 * or open the other version, after which theirs is kept as a copy. Nothing is lost either way.
 */
export function ConflictBanner({
  api,
  memoId,
  read,
  autosaver,
  onTheirs,
}: {
  api: ApiClient;
  memoId: number;
  read: () => Memo;
  autosaver: Autosaver;
  onTheirs: (theirs: MemoRecord) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);

  const keepMine = async () => {
    setBusy(true);
    try {
      const latest = await api.invoke('memos:get', { id: memoId });
      await autosaver.overwrite(latest.version);
    } catch (error) {
      setNote(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const openTheirs = async () => {
    setBusy(true);
    try {
      const mine = read();
      const latest = await api.invoke('memos:get', { id: memoId });
      const copyTitle = `${latest.title} (my version)`;
      await api.invoke('memos:create', { title: copyTitle, memo: mine });
      onTheirs(latest);
      autosaver.adopt(latest.version);
    } catch (error) {
      setNote(error instanceof Error ? error.message : String(error));
      setBusy(false);
    }
  };

  return (
    <div className="conflict-banner" role="alert" data-testid="conflict-banner">
      <div className="conflict-banner__text">
        <strong>Another window saved this memo while you were editing.</strong>
        <span>
          {' '}
          Your text is still here and nothing has been lost. Choose which version to continue with.
        </span>
        {note && <span className="conflict-banner__note"> {note}</span>}
      </div>
      <div className="conflict-banner__actions">
        <button
          type="button"
          className="button button-quiet"
          disabled={busy}
          onClick={() => void openTheirs()}
        >
          Open theirs, keep mine as a copy
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => void keepMine()}
        >
          Keep my version
        </button>
      </div>
    </div>
  );
}
