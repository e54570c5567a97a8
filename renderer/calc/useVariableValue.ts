import { useCallback, useSyncExternalStore } from 'react';
import type { CalcValue } from '../../shared/calc/calcTypes';
import type { CalcStore } from './createCalcStore';

/** The live value of one memo variable (undefined while no calc block defines it). */
export function useVariableValue(store: CalcStore, name: string): CalcValue | undefined {
  const subscribe = useCallback(
    (listener: () => void) => store.subscribeVariable(name, listener),
    [store, name],
  );
  const snapshot = useCallback(() => store.variableValue(name), [store, name]);
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
