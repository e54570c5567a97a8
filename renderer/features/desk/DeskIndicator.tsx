import { useState } from 'react';
import { DeskDialog } from './DeskDialog';
import { deskLabel } from './deskLabel';
import { useDeskStatus } from './useDeskStatus';
import './desk.css';

/** The desk's part of the status line: synced / N waiting / offline / conflicts; opens the desk dialog. */
export function DeskIndicator({ readOnly }: { readOnly: boolean }) {
  const { status } = useDeskStatus();
  const [open, setOpen] = useState(false);
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
          (status.url ? `Desk: ${status.url}` : 'Share facts with your desk')
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
