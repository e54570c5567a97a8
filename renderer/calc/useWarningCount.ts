import { useCallback, useSyncExternalStore } from 'react';
import type { CalcStore } from './createCalcStore';

/** How many warnings (CALC.md §9) the open memo's figures have, live. */
export function useWarningCount(store: CalcStore): number {
  const subscribe = useCallback((listener: () => void) => store.subscribeErrors(listener), [store]);
  const snapshot = useCallback(() => store.warningCount(), [store]);
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
