import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/createApiClient';
import type { FactsChanged } from '../../shared/api/factsApi';
import type { CalcStore } from './createCalcStore';

export type FactsFeedState =
  | { status: 'loading' }
  | { status: 'ready' }
  | { status: 'failed'; message: string };

/**
 * Feeds the store: subscribes to `facts:changed` first, then loads `facts:all` and every
 * scenario's overrides, so no change between the two is missed (events that arrive before
 * the load are applied after it). Changes of every scenario reach the engine; a scenario
 * created, renamed or deleted reloads the overrides.
 */
export function useFactsFeed(api: ApiClient, store: CalcStore): FactsFeedState {
  const [state, setState] = useState<FactsFeedState>({ status: 'loading' });
  useEffect(() => {
    let loaded = false;
    let cancelled = false;
    const early: FactsChanged[] = [];
    const off = api.on('facts:changed', (change) => {
      if (loaded) store.applyFactChange(change);
      else early.push(change);
    });
    const reloadScenarios = (): void => {
      api.invoke('scenarios:overrides', {}).then(
        ({ scenarios }) => !cancelled && store.loadScenarios(scenarios),
        () => {},
      );
    };
    const offScenarios = api.on('scenarios:changed', () => {
      if (loaded) reloadScenarios();
    });
    Promise.all([
      api.invoke('facts:all', { scenario: '' }),
      api.invoke('scenarios:overrides', {}),
    ]).then(
      ([{ facts, entities }, { scenarios }]) => {
        if (cancelled) return;
        store.loadFacts(facts, entities);
        store.loadScenarios(scenarios);
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
      offScenarios();
    };
  }, [api, store]);
  return state;
}
