import { useCallback, useSyncExternalStore } from 'react';
import type { CalcValue } from '../../shared/calc/calcTypes';
import type { CalcStore } from './createCalcStore';

/** The live value of one figure expression: re-renders only when that expression's value changes. */
export function useFigureValue(store: CalcStore, expr: string): CalcValue {
  const subscribe = useCallback(
    (listener: () => void) => store.subscribeFigure(expr, listener),
    [store, expr],
  );
  const snapshot = useCallback(() => store.figureValue(expr), [store, expr]);
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
