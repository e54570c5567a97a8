import type { Fact } from '../../shared/calc/calcTypes';

/** A USD fact as the calc benches make them by the thousand. */
export function benchFact(entity: string, metric: string, period: string, value: number): Fact {
  return { entity, metric, period, value, unit: 'USD', source: 'bench', asOf: '2026-01-30' };
}
