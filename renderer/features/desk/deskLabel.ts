import type { DeskStatus } from '../../../shared/api/deskApi';
import { countLabel } from '../../ui/countLabel';

/** What the status line says about the desk. */
export function deskLabel(status: DeskStatus): string {
  if (status.problem && status.state !== 'offline' && status.state !== 'syncing')
    return 'Desk: sync failed';
  switch (status.state) {
    case 'not_connected':
      return 'No desk';
    case 'syncing':
      return 'Syncing…';
    case 'offline':
      return status.waiting > 0 ? `Desk offline · ${status.waiting} waiting` : 'Desk offline';
    case 'conflicts':
      return countLabel(status.conflicts.length + status.nameConflicts.length, 'desk conflict');
    case 'waiting':
      return `${status.waiting} waiting`;
    case 'synced':
      return 'Synced';
  }
}
