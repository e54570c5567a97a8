import { useCallback, useSyncExternalStore } from 'react';
import type { CalcStore } from './createCalcStore';

/** How many figures and calc lines of the open memo are in error, live. */
export function useErrorCount(store: CalcStore): number {
  const subscribe = useCallback((listener: () => void) => store.subscribeErrors(listener), [store]);
  const snapshot = useCallback(() => store.errorCount(), [store]);
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
