import type Database from 'better-sqlite3';
import type { ScenarioInput } from '../../../shared/calc/createScenarioEngine';
import { BASE_SCENARIO } from '../facts/factScenario';
import { scenarioOverrides, unknownScenario } from './scenarioRepository';

/**
 * What `evaluateMemo` needs to compute a memo in `scenario` ('' the base case): every
 * scenario's overrides (figures may name any of them) and the shown one, which must exist.
 */
export function evaluationScenarios(
  db: Database.Database,
  scenario: string = BASE_SCENARIO,
): { scenarios: ScenarioInput[]; scenario: string } {
  const scenarios = scenarioOverrides(db);
  if (scenario !== BASE_SCENARIO && !scenarios.some((s) => s.name === scenario))
    throw unknownScenario(db, scenario);
  return { scenarios, scenario };
}
