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

/** FY2025 revenue of `count` companies, CO1…CO<count> (CO<n>: n × 1,234,567 USD): long tables. */
export function companyRevenues(count: number): Fact[] {
  return Array.from({ length: count }, (_, i) =>
    testFact(`CO${i + 1}`, 'revenue', 'FY2025', (i + 1) * 1_234_567, { asOf: '2026-01-30' }),
  );
}
