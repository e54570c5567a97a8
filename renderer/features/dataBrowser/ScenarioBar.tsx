import { useEffect, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import type { Scenario } from '../../../shared/api/scenariosApi';
import { ScenariosManager } from './ScenariosManager';

/**
 * Which case the grid lists: the base case, or one scenario's overrides (each shown beside
 * the base value it replaces), with a button to add an override of a base fact, and the
 * scenarios manager (create, rename, describe, delete).
 */
export function ScenarioBar({
  value,
  onChange,
  onAddOverride,
  readOnly,
}: {
  value: string;
  onChange: (scenario: string) => void;
  onAddOverride: () => void;
  readOnly: boolean;
}) {
  const scenarios = useScenarios();
  const [managing, setManaging] = useState(false);
  const chosen = scenarios.find((s) => s.name === value);
  return (
    <div className="scenario-bar" data-testid="scenario-bar">
      <label className="scenario-bar__pick">
        <span className="form-label">Case</span>
        <select
          className="field"
          value={value}
          aria-label="Facts of which case"
          data-testid="data-scenario"
          onChange={(event) => onChange(event.target.value)}
        >
          <option value="">Base case</option>
          {scenarios.map((s) => (
            <option key={s.name} value={s.name}>
              {s.name} ({s.overrides} override{s.overrides === 1 ? '' : 's'})
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button"
        onClick={() => setManaging(true)}
        data-testid="manage-scenarios"
      >
        Scenarios…
      </button>
      {managing && (
        <ScenariosManager
          scenarios={scenarios}
          readOnly={readOnly}
          onClose={() => setManaging(false)}
        />
      )}
      {value !== '' && (
        <>
          <span className="scenario-bar__hint">
            {chosen?.description ? `${chosen.description}. ` : ''}Each override replaces the base
            fact of the same entity, metric and period in {value}.
          </span>
          {!readOnly && (
            <button
              type="button"
              className="button"
              onClick={onAddOverride}
              data-testid="add-override"
            >
              Add override
            </button>
          )}
        </>
      )}
    </div>
  );
}

/** The workspace's scenarios, reloaded when they or their overrides change. */
function useScenarios(): Scenario[] {
  const api = useApi();
  const [scenarios, setScenarios] = useState<Scenario[]>([]);
  useEffect(() => {
    let cancelled = false;
    const load = (): void => {
      api.invoke('scenarios:list', {}).then(
        (result) => !cancelled && setScenarios(result.scenarios),
        () => undefined,
      );
    };
    load();
    const offScenarios = api.on('scenarios:changed', load);
    const offFacts = api.on('facts:changed', (change) => change.scenario !== '' && load());
    return () => {
      cancelled = true;
      offScenarios();
      offFacts();
    };
  }, [api]);
  return scenarios;
}

/** Base values by `ENTITY.metric.PERIOD`, loaded while a scenario's overrides are listed. */
export function useBaseValues(
  active: boolean,
): ReadonlyMap<string, { value: number; unit: string }> {
  const api = useApi();
  const [values, setValues] = useState<ReadonlyMap<string, { value: number; unit: string }>>(
    new Map(),
  );
  useEffect(() => {
    if (!active) return;
    let cancelled = false;
    const load = (): void => {
      api.invoke('facts:all', { scenario: '' }).then(
        ({ facts }) =>
          !cancelled &&
          setValues(
            new Map(
              facts.map((f) => [
                `${f.entity}.${f.metric}.${f.period}`,
                { value: f.value, unit: f.unit },
              ]),
            ),
          ),
        () => undefined,
      );
    };
    load();
    const off = api.on('facts:changed', (change) => change.scenario === '' && load());
    return () => {
      cancelled = true;
      off();
    };
  }, [api, active]);
  return values;
}
