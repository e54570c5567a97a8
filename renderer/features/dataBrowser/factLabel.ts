import { factKey } from '../../../shared/calc/factKey';

/** How a fact is named to the user: the key a figure uses, `AMZN.capex.FY2025`. */
export function factLabel(fact: { entity: string; metric: string; period: string }): string {
  return factKey(fact.entity, fact.metric, fact.period);
}
