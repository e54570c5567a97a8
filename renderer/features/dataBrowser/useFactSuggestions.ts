import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import { comparePeriods } from '../../../shared/calc/periods';

export interface FactSuggestions {
  metrics: string[];
  periods: string[];
}

/**
 * The metrics and periods in the workspace, for the filter fields' suggestions. Read
 * only when a filter field is focused (from `facts:all`) and again after facts change.
 */
export function useFactSuggestions(): { suggestions: FactSuggestions; want: () => void } {
  const api = useApi();
  const [suggestions, setSuggestions] = useState<FactSuggestions>({ metrics: [], periods: [] });
  const stale = useRef(true);

  useEffect(() => api.on('facts:changed', () => void (stale.current = true)), [api]);

  const want = useCallback(() => {
    if (!stale.current) return;
    stale.current = false;
    api.invoke('facts:all', { scenario: '' }).then(
      ({ facts }) => {
        const metrics = [...new Set(facts.map((f) => f.metric))].sort();
        const periods = [...new Set(facts.map((f) => f.period))].sort((a, b) =>
          comparePeriods(a, b),
        );
        setSuggestions({ metrics, periods });
      },
      () => void (stale.current = true),
    );
  }, [api]);

  return { suggestions, want };
}
