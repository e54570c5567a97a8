import type { FactKey } from './calcTypes';
import { factKey } from './factKey';

/** The base case: the scenario that has no name. */
export const BASE_SCENARIO = '';

/**
 * One key for a fact of any scenario: `ENTITY.metric.PERIOD` for the base case,
 * `ENTITY.metric.PERIOD@bull` for an override. Unique because none of the parts holds `@`.
 */
export function scenarioFactKey(
  entity: string,
  metric: string,
  period: string,
  scenario: string,
): string {
  const key: FactKey = factKey(entity, metric, period);
  return scenario === BASE_SCENARIO ? key : `${key}@${scenario}`;
}

/** For people: `the base case` or `scenario bull`. */
export function describeScenario(scenario: string): string {
  return scenario === BASE_SCENARIO ? 'the base case' : `scenario ${scenario}`;
}
