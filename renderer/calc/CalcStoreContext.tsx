import { createContext, useContext, type ReactNode } from 'react';
import type { CalcStore } from './createCalcStore';

const CalcStoreContext = createContext<CalcStore | null>(null);

export function CalcStoreProvider({ store, children }: { store: CalcStore; children: ReactNode }) {
  return <CalcStoreContext.Provider value={store}>{children}</CalcStoreContext.Provider>;
}

/** The live engine of the open memo. */
export function useCalcStore(): CalcStore {
  const store = useContext(CalcStoreContext);
  if (!store) throw new Error('useCalcStore() outside <CalcStoreProvider>');
  return store;
}
