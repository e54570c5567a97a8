import type { KeepReason } from '../../../shared/api/memoApi';

/** How the history names why a version was kept. */
export function reasonLabel(reason: KeepReason): string {
  switch (reason) {
    case 'export':
      return 'Exported';
    case 'manual':
      return 'Kept';
    case 'restore':
      return 'Before a restore';
  }
}
