import type { Fact } from '../../shared/calc/calcTypes';

/** A fact as the engine holds it, with the fields a test does not care about filled in. */
export function testFact(
  entity: string,
  metric: string,
  period: string,
  value: number,
  { unit = 'USD', asOf = null }: { unit?: string; asOf?: string | null } = {},
): Fact {
  return { entity, metric, period, value, unit, source: 'test', asOf };
}
