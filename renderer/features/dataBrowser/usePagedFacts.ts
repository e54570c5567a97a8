import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import type { FactRow, FactsChanged } from '../../../shared/api/factsApi';
import { factKey } from '../../../shared/calc/factKey';
import { describeError } from '../../ui/describeError';
import type { FactQuery } from './factQuery';

export const PAGE_SIZE = 250;

interface PagedState {
  /** The query these rows answer; rows of an older query are shown until the new ones arrive. */
  key: string;
  total: number | null;
  pages: ReadonlyMap<number, FactRow[]>;
  error: string | null;
}

export interface PagedFacts {
  total: number | null;
  loading: boolean;
  error: string | null;
  getRow(index: number): FactRow | undefined;
  /** Asks for the rows the grid shows; pages not yet loaded are fetched. */
  loadRange(start: number, end: number): void;
  /** Re-reads the pages on screen, replacing them at once (no flicker, no lost focus). */
  refresh(): Promise<void>;
  /** The row index of a fact among the loaded pages, or -1. */
  indexOf(id: number): number;
  /** Shows the new values of changed facts at once, before the refetch that follows. */
  applyChange(change: FactsChanged): void;
}

/**
 * The facts of a query, fetched a page at a time as the grid scrolls (`facts:list` with
 * limit/offset), so a workspace of 100,000 facts opens as fast as one of 10.
 */
export function usePagedFacts(query: FactQuery): PagedFacts {
  const api = useApi();
  const key = JSON.stringify(query);
  const [state, setState] = useState<PagedState>({
    key: '',
    total: null,
    pages: new Map(),
    error: null,
  });
  const inflight = useRef(new Map<number, string>());
  const range = useRef({ start: 0, end: 60 });
  const refreshSeq = useRef({ started: 0, landed: 0 });
  const stateRef = useRef(state);
  stateRef.current = state;
  const keyRef = useRef(key);
  keyRef.current = key;

  const fetchPages = useCallback(
    async (indices: number[], replace: boolean): Promise<void> => {
      const forKey = keyRef.current;
      const wanted = indices.filter((page) => replace || inflight.current.get(page) !== forKey);
      if (wanted.length === 0) return;
      for (const page of wanted) inflight.current.set(page, forKey);
      const parsed = JSON.parse(forKey) as FactQuery;
      const seq = replace ? ++refreshSeq.current.started : 0;
      try {
        const results = await Promise.all(
          wanted.map((page) =>
            api.invoke('facts:list', {
              ...toListArgs(parsed),
              limit: PAGE_SIZE,
              offset: page * PAGE_SIZE,
            }),
          ),
        );
        if (keyRef.current !== forKey) return;
        // A refresh that lands after a newer one would put older rows back: drop it.
        if (replace) {
          if (seq < refreshSeq.current.landed) return;
          refreshSeq.current.landed = seq;
        }
        setState((current) => {
          const pages = new Map(current.key === forKey && !replace ? current.pages : []);
          wanted.forEach((page, i) => pages.set(page, results[i]?.rows ?? []));
          const total = results[results.length - 1]?.total ?? current.total;
          return { key: forKey, total, pages, error: null };
        });
      } catch (error) {
        if (keyRef.current === forKey)
          setState((current) => ({ ...current, error: describeError(error) }));
      } finally {
        for (const page of wanted)
          if (inflight.current.get(page) === forKey) inflight.current.delete(page);
      }
    },
    [api],
  );

  const pagesFor = (start: number, end: number): number[] => {
    const pages: number[] = [];
    for (let page = Math.floor(start / PAGE_SIZE); page <= Math.floor(end / PAGE_SIZE); page++)
      pages.push(page);
    return pages;
  };

  // A new query starts from its first screenful.
  useEffect(() => {
    inflight.current.clear();
    void fetchPages(pagesFor(0, Math.max(range.current.end - range.current.start, 60)), true);
  }, [key, fetchPages]);

  const loadRange = useCallback(
    (start: number, end: number) => {
      range.current = { start, end };
      const current = stateRef.current;
      if (current.key !== keyRef.current || current.error) return;
      const missing = pagesFor(start, end).filter((page) => !current.pages.has(page));
      if (missing.length) void fetchPages(missing, false);
    },
    [fetchPages],
  );

  // Pages dropped by a refresh, or asked for while one ran, are fetched once it lands.
  useEffect(() => {
    loadRange(range.current.start, range.current.end);
  }, [state, loadRange]);

  const refresh = useCallback(
    () => fetchPages(pagesFor(range.current.start, range.current.end), true),
    [fetchPages],
  );

  const applyChange = useCallback((change: FactsChanged) => {
    const byKey = new Map(change.upserted.map((f) => [factKey(f.entity, f.metric, f.period), f]));
    if (byKey.size === 0) return;
    setState((current) => {
      let pages: Map<number, FactRow[]> | null = null;
      for (const [page, rows] of current.pages) {
        let patched: FactRow[] | null = null;
        rows.forEach((row, i) => {
          const fact =
            row.scenario === change.scenario
              ? byKey.get(factKey(row.entity, row.metric, row.period))
              : undefined;
          if (!fact) return;
          patched ??= [...rows];
          patched[i] = {
            ...row,
            value: fact.value,
            unit: fact.unit,
            source: fact.source,
            asOf: fact.asOf,
            note: fact.note ?? row.note,
          };
        });
        if (patched) (pages ??= new Map(current.pages)).set(page, patched);
      }
      return pages ? { ...current, pages } : current;
    });
  }, []);

  return useMemo(() => {
    const current = state;
    return {
      total: current.total,
      loading: current.key !== key,
      error: current.error,
      getRow: (index: number) =>
        current.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
      loadRange,
      refresh,
      applyChange,
      indexOf(id: number) {
        for (const [page, rows] of current.pages) {
          const at = rows.findIndex((row) => row.id === id);
          if (at >= 0) return page * PAGE_SIZE + at;
        }
        return -1;
      },
    };
  }, [state, key, loadRange, refresh, applyChange]);
}

function toListArgs(query: FactQuery) {
  return {
    ...(query.text ? { text: query.text } : {}),
    ...(query.entity ? { entity: query.entity } : {}),
    ...(query.metric ? { metric: query.metric } : {}),
    ...(query.period ? { period: query.period } : {}),
    scenario: query.scenario,
    sort: {
      column: query.sort.column,
      direction: query.sort.desc ? ('desc' as const) : ('asc' as const),
    },
  };
}
