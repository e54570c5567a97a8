import type { Fact } from '../../../shared/calc/calcTypes';
import {
  bullets,
  calc,
  fig,
  h,
  link,
  memo,
  note,
  numbered,
  p,
  quote,
  table,
  text,
} from './memoBuilders';

const SOURCE = 'amazon-openai-article.txt';

/** The sample article's facts (../shared/sample/facts.csv), as the engine sees them. */
export const articleFacts: Fact[] = [
  ['AMZN', 'capex', 'FY2025', 125e9, 'USD'],
  ['AMZN', 'ev_revenue', 'LTM', 3.83, 'x'],
  ['AMZN', 'ev_ebitda', 'LTM', 19.3, 'x'],
  ['AMZN', 'p_fcf', 'LTM', 87.9, 'x'],
  ['AMZN', 'aws_revenue_growth_yoy', 'Q3_2025', 0.202, 'pct'],
  ['OPENAI', 'ipo_valuation_floated', 'FY2026', 830e9, 'USD'],
  ['OPENAI_ROUND', 'round_size', 'FY2026', 100e9, 'USD'],
  ['OPENAI_ROUND', 'amazon_commitment', 'FY2026', 50e9, 'USD'],
].map(([entity, metric, period, value, unit]) => ({
  entity: String(entity),
  metric: String(metric),
  period: String(period),
  value: Number(value),
  unit: String(unit),
  source: SOURCE,
  asOf: '2026-01-30',
}));

/** The Amazon/OpenAI article as a memo: every kind of block, figures bound to facts. */
export const articleMemo = memo(
  {
    title: 'Amazon’s $50B bet on OpenAI',
    subtitle:
      'Placement matters more than scale: what the round means for AWS, Microsoft and the IPO',
    author: 'Research — Technology, Media & Telecom',
    date: '2026-01-30',
  },
  p(
    'Amazon is reportedly negotiating a ',
    fig('OPENAI_ROUND.amazon_commitment', 'usd_billion'),
    ' investment into OpenAI, a potential anchor in a ',
    fig('OPENAI_ROUND.round_size', 'usd_billion'),
    ' funding round.',
    note('Reported by the Wall Street Journal; terms are under negotiation and may change.'),
    ' The deal would deepen OpenAI’s dependency on Amazon’s AWS and Trainium infrastructure, while giving Amazon wider access to OpenAI’s models for internal and external integration.',
  ),
  p(
    'Investors may read this as Amazon matching Microsoft’s early OpenAI play. But this is ',
    text('more than catch-up', 'italic'),
    '. It’s a pivot in Amazon’s AI strategy — from hedging its bets via Anthropic to ',
    text('locking down a bigger piece of the foundation model stack', 'bold'),
    '.',
  ),
  h(1, 'Capital at unprecedented scale'),
  calc(
    '# Derived shares',
    'capex_share = OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025',
    'amazon_share_of_round = OPENAI_ROUND.amazon_commitment / OPENAI_ROUND.round_size',
  ),
  p(
    'A ',
    fig('OPENAI_ROUND.amazon_commitment', 'usd_billion'),
    ' investment would be seismic even by Big Tech standards. For comparison, Amazon’s total CapEx in 2025 is expected to be around ',
    fig('AMZN.capex.FY2025', 'usd_billion'),
    '. If it goes through, this deal alone would represent ',
    fig('capex_share', '0%'),
    ' of that — and that’s just one line item.',
  ),
  p(
    'The broader context is that OpenAI is reportedly targeting ',
    fig('OPENAI_ROUND.round_size', 'usd_billion'),
    ' in total funding as part of this round, with Amazon anchoring ',
    fig('amazon_share_of_round', '0%'),
    '. Training and inference on frontier models need:',
  ),
  bullets(
    'massive GPU clusters and custom silicon such as Trainium;',
    [
      'energy inputs at utility scale;',
      bullets('long-dated power purchase agreements', 'grid interconnects'),
    ],
    'data-centre capacity contracted years ahead.',
  ),
  h(2, 'Cloud compute leverage & dependency'),
  p(
    'In Q3 2025, AWS grew ',
    fig('AMZN.aws_revenue_growth_yoy.Q3_2025', '0.0%'),
    ' year on year, the highest rate in nearly three years, fuelled largely by demand for generative AI infrastructure. See ',
    link('Amazon’s investor relations', 'https://ir.aboutamazon.com/'),
    ' or write to ',
    link('research@example.com', 'mailto:research@example.com'),
    '.',
  ),
  quote(
    p(
      'This is classic platform strategy — not just selling tools, but becoming the platform on which the next wave of AI is built.',
    ),
  ),
  h(2, 'Valuation'),
  table(
    ['Multiple', 'Basis', 'Amazon'],
    ['EV / revenue', 'LTM', [fig('AMZN.ev_revenue', 'x2')]],
    ['EV / EBITDA', 'LTM', [fig('AMZN.ev_ebitda', 'x1')]],
    ['Price / free cash flow', 'LTM', [fig('AMZN.p_fcf', 'x1')]],
  ),
  p(
    'If OpenAI hits the IPO trail next year with an ',
    fig('OPENAI.ipo_valuation_floated', 'usd_billion'),
    ' pre-IPO valuation, public markets may balk. Cross-border investors will weigh it in € and £ as well as ¥; names such as Zoë Šimić and José Müller appear on the “syndicate” list.',
  ),
  h(3, 'What to watch'),
  numbered(
    'Whether Amazon’s commitment is cash or cloud credits.',
    'The IPO window in Q4 2026.',
    'Microsoft’s response on Azure pricing.',
  ),
);
