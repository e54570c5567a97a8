import type { Fact } from '../../../shared/calc/calcTypes';

/** A fact with the sample's source and as-of date unless given. */
export function fact(
  key: string,
  value: number,
  unit = 'USD',
  asOf: string | null = '2026-01-30',
): Fact {
  const [entity = '', metric = '', period = ''] = key.split('.');
  return { entity, metric, period, value, unit, source: 'amazon-openai-article.txt', asOf };
}

/** The facts of shared/sample/facts.csv. */
export const SAMPLE_FACTS: Fact[] = [
  fact('AMZN.capex.FY2025', 125000000000),
  fact('AMZN.ev_revenue.LTM', 3.83, 'x'),
  fact('AMZN.ev_ebitda.LTM', 19.3, 'x'),
  fact('AMZN.p_fcf.LTM', 87.9, 'x'),
  fact('AMZN.aws_revenue_growth_yoy.Q3_2025', 0.202, 'pct'),
  fact('OPENAI.ipo_valuation_floated.FY2026', 830000000000),
  fact('OPENAI_ROUND.round_size.FY2026', 100000000000),
  fact('OPENAI_ROUND.amazon_commitment.FY2026', 50000000000),
];
