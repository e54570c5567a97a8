import { useState } from 'react';
import { useApi } from '../../api/ApiContext';
import { shortcutLabel } from '../../ui/shortcut';
import { IS_MAC, useShortcuts } from '../../ui/useShortcuts';
import { DeskDialog } from './DeskDialog';
import { DESK_SYNC_KEYS } from './deskSyncKeys';
import { deskLabel } from './deskLabel';
import { useDeskStatus } from './useDeskStatus';
import './desk.css';

/** The desk's part of the status line: synced / N waiting / offline / conflicts; opens the desk dialog. */
export function DeskIndicator({ readOnly }: { readOnly: boolean }) {
  const api = useApi();
  const { status } = useDeskStatus();
  const [open, setOpen] = useState(false);
  const joined = status !== null && status.state !== 'not_connected';
  useShortcuts([
    {
      keys: DESK_SYNC_KEYS,
      enabled: joined,
      run: () => void api.invoke('desk:sync', {}).catch(() => undefined),
    },
  ]);
  if (!status) return null;
  const tone =
    status.problem || status.state === 'conflicts'
      ? 'bad'
      : status.state === 'offline' || status.state === 'waiting' || status.state === 'syncing'
        ? 'busy'
        : status.state === 'synced'
          ? 'good'
          : 'none';
  return (
    <>
      <button
        type="button"
        className={`status-item desk-indicator desk-${tone}`}
        data-testid="desk-status"
        title={
          status.problem?.message ??
          (status.url
            ? `Desk: ${status.url} (sync now: ${shortcutLabel(DESK_SYNC_KEYS, IS_MAC)})`
            : 'Share facts with your desk')
        }
        onClick={() => setOpen(true)}
      >
        <span className="status-dot" />
        {deskLabel(status)}
      </button>
      {open && <DeskDialog status={status} readOnly={readOnly} onClose={() => setOpen(false)} />}
    </>
  );
}
