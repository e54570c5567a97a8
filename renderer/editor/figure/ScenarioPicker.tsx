import { useSyncExternalStore } from 'react';
import type { CalcStore } from '../../calc/createCalcStore';

/**
 * The figure's scenario, next to its format: the memo's (whichever case is shown) or one
 * named case, written `@bull` in Markdown. A name the workspace lacks stays listed, marked.
 */
export function ScenarioPicker({
  calc,
  value,
  onChange,
}: {
  calc: CalcStore;
  value: string;
  onChange: (value: string) => void;
}) {
  const names = useScenarioNames(calc);
  const options = value === '' || names.includes(value) ? names : [...names, value];
  return (
    <label className="popover__field figure-popover__scenario">
      <span className="popover__label">Scenario</span>
      <select
        className="popover__input"
        value={value}
        data-testid="figure-scenario"
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">As shown</option>
        {options.map((name) => (
          <option key={name} value={name}>
            {names.includes(name) ? `@${name}` : `@${name} (unknown)`}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The workspace's scenario names, live. */
export function useScenarioNames(calc: CalcStore): string[] {
  return useSyncExternalStore(
    (listener) => calc.subscribeScenarios(listener),
    () => namesKey(calc),
  )
    .split('\n')
    .filter((name) => name !== '');
}

function namesKey(calc: CalcStore): string {
  return calc.scenarioNames().join('\n');
}
