import { useId, useMemo, useRef, useState } from 'react';
import type { CalcStore } from '../../calc/createCalcStore';
import { figureDisplay } from '../../calc/figureDisplay';
import { suggestCompletions, type Completion } from './suggestCompletions';
import { SuggestionList } from './SuggestionList';

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
}: {
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  calc: CalcStore;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [caret, setCaret] = useState(value.length);
  const [active, setActive] = useState(-1);
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

  return (
    <label className="popover__field">
      <span className="popover__label">Expression</span>
      <input
        ref={input}
        className="popover__input popover__input--mono"
        value={value}
        autoFocus
        spellCheck={false}
        autoComplete="off"
        placeholder="AMZN.capex.FY2025, or a calc variable"
        role="combobox"
        aria-expanded={items.length > 0}
        aria-controls={`${id}-list`}
        aria-activedescendant={active >= 0 ? `${id}-list-${active}` : undefined}
        data-testid="figure-expr"
        onChange={(event) => {
          onChange(event.target.value);
          setCaret(event.target.selectionStart ?? event.target.value.length);
          setActive(-1);
          setClosed(false);
        }}
        onSelect={(event) => setCaret(event.currentTarget.selectionStart ?? 0)}
        onKeyDown={(event) => {
          if (items.length > 0 && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
            event.preventDefault();
            const delta = event.key === 'ArrowDown' ? 1 : -1;
            setActive(
              (a) => (a + delta + items.length + (a < 0 && delta < 0 ? 1 : 0)) % items.length,
            );
          } else if (event.key === 'Enter') {
            event.preventDefault();
            if (active >= 0 && items[active]) pick(items[active]);
            else onSubmit();
          } else if (event.key === 'Escape' && items.length > 0) {
            event.preventDefault();
            setClosed(true);
          }
        }}
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
