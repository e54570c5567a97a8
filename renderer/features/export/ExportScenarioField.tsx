import { useEffect, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import type { Scenario } from '../../../shared/api/scenariosApi';

/**
 * Which case to export the memo in: the base case or one scenario (the PDF's title block then
 * says `Scenario: bull`). Starts on the case the editor shows; hidden when there are none.
 */
export function ExportScenarioField({
  value,
  onChange,
  disabled,
}: {
  value: string;
  onChange: (scenario: string) => void;
  disabled: boolean;
}) {
  const api = useApi();
  const [scenarios, setScenarios] = useState<Scenario[]>([]);
  useEffect(() => {
    let cancelled = false;
    api.invoke('scenarios:list', {}).then(
      (result) => !cancelled && setScenarios(result.scenarios),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [api]);
  if (scenarios.length === 0) return null;
  const chosen = scenarios.find((s) => s.name === value);
  return (
    <div className="export-confidentiality export-scenario">
      <label className="form-label" htmlFor="export-scenario">
        Scenario
      </label>
      <select
        id="export-scenario"
        className="field"
        value={value}
        disabled={disabled}
        data-testid="export-scenario"
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">Base case</option>
        {scenarios.map((s) => (
          <option key={s.name} value={s.name}>
            {s.name}
          </option>
        ))}
      </select>
      <p className="form-hint">
        {chosen
          ? `${chosen.description || `${chosen.overrides} override${chosen.overrides === 1 ? '' : 's'}`}. The title block says “Scenario: ${chosen.name}”.`
          : 'Every figure in the base case, except those that name their own scenario.'}
      </p>
    </div>
  );
}
