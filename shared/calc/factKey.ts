import type { FactKey } from './calcTypes';

/** The key of one fact: `ENTITY.metric.PERIOD`. */
export function factKey(entity: string, metric: string, period: string): FactKey {
  return `${entity}.${metric}.${period}`;
}
