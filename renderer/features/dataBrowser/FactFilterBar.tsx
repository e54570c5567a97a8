import { useEffect, useState } from 'react';
import { Icon } from '../../ui/Icon';
import type { FactQuery } from './factQuery';

type Filters = Pick<FactQuery, 'text' | 'metric' | 'period'>;

/**
 * Search text (any of entity, metric, period, source, note) and exact metric and period
 * filters. Typing is debounced so a fast typist does not send a query per key.
 */
export function FactFilterBar({
  value,
  onChange,
  suggestions,
  onWantSuggestions,
}: {
  value: Filters;
  onChange: (filters: Filters) => void;
  suggestions: { metrics: string[]; periods: string[] };
  onWantSuggestions: () => void;
}) {
  const [draft, setDraft] = useState(value);

  useEffect(
    () => setDraft({ text: value.text, metric: value.metric, period: value.period }),
    [value.text, value.metric, value.period],
  );

  useEffect(() => {
    if (draft.text === value.text && draft.metric === value.metric && draft.period === value.period)
      return;
    const timer = window.setTimeout(() => onChange(draft), 160);
    return () => window.clearTimeout(timer);
  }, [draft, value, onChange]);

  const set = (patch: Partial<Filters>): void => setDraft((current) => ({ ...current, ...patch }));

  return (
    <div className="fact-filters" role="search">
      <label className="search-field fact-search">
        <Icon name="search" size={14} />
        <input
          className="field"
          type="search"
          placeholder="Search facts"
          aria-label="Search facts"
          value={draft.text}
          onChange={(event) => set({ text: event.target.value })}
        />
      </label>
      <input
        className="field fact-filter-field"
        list="fact-metric-options"
        placeholder="Metric"
        aria-label="Filter by metric"
        value={draft.metric}
        onFocus={onWantSuggestions}
        onChange={(event) => set({ metric: event.target.value.trim() })}
      />
      <datalist id="fact-metric-options">
        {suggestions.metrics.map((metric) => (
          <option key={metric} value={metric} />
        ))}
      </datalist>
      <input
        className="field fact-filter-field fact-filter-period"
        list="fact-period-options"
        placeholder="Period"
        aria-label="Filter by period"
        value={draft.period}
        onFocus={onWantSuggestions}
        onChange={(event) => set({ period: event.target.value.trim() })}
      />
      <datalist id="fact-period-options">
        {suggestions.periods.map((period) => (
          <option key={period} value={period} />
        ))}
      </datalist>
    </div>
  );
}
