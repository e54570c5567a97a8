import type { Fact } from '../../../shared/calc/calcTypes';
import { testFact } from '../../support/testFact';

const fact = (entity: string, metric: string, period: string, value: number, unit = 'USD') =>
  testFact(entity, metric, period, value, { unit });

/** The facts CALC.md §8's examples read. */
export const chartFacts: Fact[] = [
  fact('NWD', 'revenue', 'FY2024', 211.9e9),
  fact('NWD', 'revenue', 'FY2025', 245.1e9),
  fact('NWD', 'margin', 'FY2024', 0.42, 'pct'),
  fact('NWD', 'margin', 'FY2025', -0.05, 'pct'),
  fact('CTSO', 'ebitda', 'FY2025', 1.1e9),
  fact('NWD_CTSO', 'synergies', 'FY2026', 0.2e9),
  fact('NWD_CTSO', 'price', 'FY2026', 17.5e9),
];

/** CALC.md §8's two examples, exactly as written there. */
export const BAR_EXAMPLE = `type: bar
title: Northwind revenue
format: usd_bn
categories: [FY2024, FY2025]
series:
  - name: Revenue
    values: [NWD.revenue.FY2024, NWD.revenue.FY2025]`;

export const RANGE_EXAMPLE = `type: range
title: What Contoso is worth, $bn
format: $#,##0.0,,,"bn"
rows:
  - label: Trading multiples
    low: 12 * CTSO.ebitda.FY2025
    high: 16 * CTSO.ebitda.FY2025
  - label: With synergies
    low: 12 * (CTSO.ebitda.FY2025 + NWD_CTSO.synergies)
    high: 16 * (CTSO.ebitda.FY2025 + NWD_CTSO.synergies)
marker:
  label: Price
  value: NWD_CTSO.price`;

export const fence = (body: string): string => '```chart\n' + body + '\n```';
