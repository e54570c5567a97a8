import { useEffect, useState } from 'react';
import type { FactQuery } from './factQuery';
import { SearchField } from '../../ui/SearchField';

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
      <SearchField
        className="fact-search"
        placeholder="Search facts"
        value={draft.text}
        onChange={(text) => set({ text })}
      />
      <SuggestedFilter
        name="metric"
        placeholder="Metric"
        value={draft.metric}
        options={suggestions.metrics}
        onFocus={onWantSuggestions}
        onChange={(metric) => set({ metric })}
      />
      <SuggestedFilter
        name="period"
        placeholder="Period"
        value={draft.period}
        options={suggestions.periods}
        onFocus={onWantSuggestions}
        onChange={(period) => set({ period })}
      />
    </div>
  );
}

/** A filter typed or picked from the values the workspace has (a datalist), trimmed. */
function SuggestedFilter({
  name,
  placeholder,
  value,
  options,
  onFocus,
  onChange,
}: {
  name: 'metric' | 'period';
  placeholder: string;
  value: string;
  options: string[];
  onFocus: () => void;
  onChange: (value: string) => void;
}) {
  const listId = `fact-${name}-options`;
  return (
    <>
      <input
        className={`field fact-filter-field fact-filter-${name}`}
        list={listId}
        placeholder={placeholder}
        aria-label={`Filter by ${name}`}
        value={value}
        onFocus={onFocus}
        onChange={(event) => onChange(event.target.value.trim())}
      />
      <datalist id={listId}>
        {options.map((option) => (
          <option key={option} value={option} />
        ))}
      </datalist>
    </>
  );
}
