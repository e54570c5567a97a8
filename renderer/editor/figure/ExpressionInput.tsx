import { useId, useMemo, useRef, useState } from 'react';
import type { CalcStore } from '../../calc/createCalcStore';
import { figureDisplay } from '../../calc/figureDisplay';
import { suggestCompletions, type Completion } from './suggestCompletions';
import { SuggestionList } from './SuggestionList';
import { useSuggestionKeys } from './useSuggestionKeys';

/**
 * The expression field with autocomplete of entities, metrics, periods and memo variables.
 * Arrows move through the completions and Enter takes the highlighted one; Enter with none
 * highlighted applies the figure. Tab moves on to the Format field, as in any form.
 */
export function ExpressionInput({
  value,
  onChange,
  onSubmit,
  calc,
  label = 'Expression',
  hideLabel = false,
  autoFocus = true,
  testId = 'figure-expr',
  invalid = false,
}: {
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  calc: CalcStore;
  /** The field's name (the chart form names each value by its category and series). */
  label?: string;
  hideLabel?: boolean;
  autoFocus?: boolean;
  testId?: string;
  invalid?: boolean;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [caret, setCaret] = useState(value.length);
  const [closed, setClosed] = useState(false);
  const result = useMemo(
    () => suggestCompletions(value, caret, calc.catalog()),
    [value, caret, calc],
  );
  const items = closed ? [] : result.items;

  const pick = (completion: Completion | undefined): void => {
    if (!completion) return;
    const next = value.slice(0, result.from) + completion.insert + value.slice(result.to);
    const at = result.from + completion.insert.length;
    onChange(next);
    setCaret(at);
    setActive(-1);
    requestAnimationFrame(() => input.current?.setSelectionRange(at, at));
  };
  const keys = useSuggestionKeys({
    listId: `${id}-list`,
    count: items.length,
    onPick: (index) => pick(items[index]),
    onSubmit,
    onClose: () => setClosed(true),
  });
  const { active, setActive } = keys;

  return (
    <label className="popover__field">
      <span className={hideLabel ? 'visually-hidden' : 'popover__label'}>{label}</span>
      <input
        ref={input}
        className="popover__input popover__input--mono"
        value={value}
        autoFocus={autoFocus}
        spellCheck={false}
        autoComplete="off"
        {...keys.inputProps}
        placeholder="AMZN.capex.FY2025, or a calc variable"
        data-testid={testId}
        aria-invalid={invalid || undefined}
        onChange={(event) => {
          onChange(event.target.value);
          setCaret(event.target.selectionStart ?? event.target.value.length);
          setActive(-1);
          setClosed(false);
        }}
        onSelect={(event) => setCaret(event.currentTarget.selectionStart ?? 0)}
      />
      <SuggestionList
        id={`${id}-list`}
        active={active}
        onPick={(index) => pick(items[index])}
        items={items.map((item) => ({
          key: `${item.kind}:${item.label}`,
          label: item.label,
          detail: item.detail,
          aside: item.factKey ? (
            <FactValue calc={calc} factKey={item.factKey} />
          ) : (
            kindLabel(item.kind)
          ),
        }))}
      />
    </label>
  );
}

function FactValue({ calc, factKey }: { calc: CalcStore; factKey: string }) {
  return <>{figureDisplay(calc.engine.figureValue(factKey), '')}</>;
}

function kindLabel(kind: Completion['kind']): string {
  return kind === 'entity'
    ? 'entity'
    : kind === 'variable'
      ? 'memo variable'
      : kind === 'function'
        ? 'function'
        : 'metric';
}
