import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/createApiClient';
import type { FactsChanged } from '../../shared/api/factsApi';
import type { CalcStore } from './createCalcStore';

export type FactsFeedState =
  | { status: 'loading' }
  | { status: 'ready' }
  | { status: 'failed'; message: string };

/**
 * Feeds the store: subscribes to `facts:changed` first, then loads `facts:all`, so no change
 * between the two is missed (events that arrive before the load are applied after it).
 * Only base-case changes reach the engine: memos compute from the base case.
 */
export function useFactsFeed(api: ApiClient, store: CalcStore): FactsFeedState {
  const [state, setState] = useState<FactsFeedState>({ status: 'loading' });
  useEffect(() => {
    let loaded = false;
    let cancelled = false;
    const early: FactsChanged[] = [];
    const off = api.on('facts:changed', (change) => {
      if (change.scenario !== '') return;
      if (loaded) store.applyFactChange(change);
      else early.push(change);
    });
    api.invoke('facts:all', { scenario: '' }).then(
      ({ facts, entities }) => {
        if (cancelled) return;
        store.loadFacts(facts, entities);
        for (const change of early) store.applyFactChange(change);
        loaded = true;
        setState({ status: 'ready' });
      },
      (error: unknown) => {
        if (!cancelled)
          setState({
            status: 'failed',
            message: error instanceof Error ? error.message : String(error),
          });
      },
    );
    return () => {
      cancelled = true;
      off();
    };
  }, [api, store]);
  return state;
}
