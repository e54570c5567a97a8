import { useSyncExternalStore } from 'react';
import type { CalcStore } from '../../calc/createCalcStore';
import { useScenarioNames } from '../../editor/figure/ScenarioPicker';

/**
 * The case the memo is shown in (CALC.md section 6): the base case or one scenario. Switching
 * recomputes, live, only the figures the scenario's overrides reach; figures that name their
 * own scenario (`@bull`) stay as they are. Hidden while the workspace has no scenarios.
 */
export function ScenarioSwitcher({ calc }: { calc: CalcStore }) {
  const names = useScenarioNames(calc);
  const shown = useSyncExternalStore(
    (listener) => calc.subscribeScenarios(listener),
    () => calc.shownScenario(),
  );
  if (names.length === 0 && shown === '') return null;
  const options = shown === '' || names.includes(shown) ? names : [...names, shown];
  return (
    <label className="scenario-switcher" title="Show the memo in another case">
      <span className="scenario-switcher__label">Case</span>
      <select
        className={`toolbar__select${shown ? ' scenario-switcher__select--scenario' : ''}`}
        aria-label="Scenario the memo is shown in"
        data-testid="scenario-switcher"
        value={shown}
        onChange={(event) => calc.showScenario(event.target.value)}
      >
        <option value="">Base case</option>
        {options.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}
