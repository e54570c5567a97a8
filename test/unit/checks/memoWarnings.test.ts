import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../shared/calc/calcTypes';
import { memoWarnings } from '../../../shared/checks/memoWarnings';
import { shownNumber } from '../../../shared/checks/shownNumber';
import { wordsAgainstNumber } from '../../../shared/checks/wordsAgainstNumbers';
import { evaluateMemo } from '../../../shared/memo/evaluateMemo';
import { markdownToMemo } from '../../../shared/memo/markdownToMemo';

const fact = (ref: string, value: number, unit: string, asOf: string | null): Fact => {
  const [entity = '', metric = '', period = ''] = ref.split('.');
  return { entity, metric, period, value, unit, source: 'test', asOf };
};

const facts = [
  fact('DEAL.size.FY2026', 50e9, 'USD', '2026-01-30'),
  fact('AMZN.capex.FY2025', 125e9, 'USD', '2026-01-30'),
  fact('AMZN.capex.FY2023', 48e9, 'USD', '2024-01-31'),
  fact('X.share.FY2025', 0.396, 'pct', '2026-01-01'),
];

function warningsOf(body: string, date = '2026-01-30', options = {}) {
  const read = markdownToMemo(`---\ntitle: t\ndate: ${date}\n---\n\n${body}\n`);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return memoWarnings(read.memo, evaluateMemo(read.memo, facts), options);
}

describe('shownNumber reads a display back', () => {
  it.each([
    ['40%', 0.4],
    ['20.2%', 0.202],
    ['$50 billion', 50e9],
    ['$50bn', 50e9],
    ['$1.3m', 1.3e6],
    ['125 bps', 0.0125],
    ['19.3x', 19.3],
    ['1,234,567', 1234567],
    ['(1,234)', -1234],
    ['-$50 billion', -50e9],
    ['#ERR', null],
  ])('%s is %d', (display, value) => {
    expect(shownNumber(display)).toBe(value);
  });
});

describe('words against numbers (CALC.md §9)', () => {
  it.each([
    // qualifier, shown, unrounded, contradicted?
    ['nearly', '40%', 0.4, true],
    ['nearly', '40%', 0.3996, false],
    ['nearly', '40%', 0.401, true],
    ['almost', '40%', 0.4, true],
    ['just under', '40%', 0.4, true],
    ['close to', '40%', 0.399, false],
    ['over', '$100 billion', 100e9, true],
    ['over', '$100 billion', 100.2e9, false],
    ['more than', '40%', 0.4, true],
    ['above', '40%', 0.3999, true],
    ['exceeding', '40%', 0.41, false],
    ['at least', '$50 billion', 50e9, false],
    ['at least', '$50 billion', 49.96e9, true],
    ['at most', '40%', 0.4, false],
    ['at most', '40%', 0.4004, true],
  ])('"%s %s" with %d: contradicted %s', (words, display, value, contradicted) => {
    const warning = wordsAgainstNumber(`would represent ${words} `, display, value);
    if (contradicted) expect(warning).toContain(`"${words} ${display}"`);
    else expect(warning).toBeNull();
  });

  it('needs the qualifier right before the figure, as a whole word', () => {
    expect(wordsAgainstNumber('nearly three years and ', '40%', 0.4)).toBeNull();
    expect(wordsAgainstNumber('a makeover ', '40%', 0.4)).toBeNull();
    expect(wordsAgainstNumber('Nearly ', '40%', 0.4)).not.toBeNull();
    expect(wordsAgainstNumber('', '40%', 0.4)).toBeNull();
  });

  it('warns with the place, quoting the words and the unrounded value', () => {
    const body = [
      '```calc',
      'share = DEAL.size / AMZN.capex.FY2025',
      '```',
      '',
      'The deal is nearly {{ share | 0% }} of capex, and X is nearly {{ X.share.FY2025 | 0% }}.',
    ].join('\n');
    expect(warningsOf(body)).toEqual([
      {
        kind: 'words',
        figureIndex: 1,
        place: 'paragraph 1',
        message:
          '{{ share | 0% }}: "nearly 40%" claims less than 40%, but the unrounded value is exactly 0.4.',
      },
    ]);
  });
});

describe('stale facts (CALC.md §9)', () => {
  it('warns for a fact more than 365 days before the memo date, through variables too', () => {
    const body = [
      '```calc',
      'growth = AMZN.capex.FY2025 / AMZN.capex.FY2023 - 1',
      '```',
      '',
      'Capex was {{ AMZN.capex.FY2023 | usd_bn }}, now {{ AMZN.capex.FY2025 | usd_bn }}; up {{ growth | 0% }}.',
    ].join('\n');
    const warnings = warningsOf(body);
    expect(warnings.map((w) => [w.kind, w.figureIndex])).toEqual([
      ['stale', 1],
      ['stale', 3],
    ]);
    expect(warnings[0]?.message).toContain(
      'AMZN.capex.FY2023 (as of 2024-01-31, 730 days before 2026-01-30)',
    );
    expect(warningsOf(body, '2026-01-30', { staleDays: 730 })).toEqual([]);
  });

  it('uses today (or options.today) when the memo has no date', () => {
    const read = markdownToMemo('---\ntitle: t\n---\n\n{{ AMZN.capex.FY2023 }}\n');
    if (!read.ok) throw new Error('unreadable');
    const evaluation = evaluateMemo(read.memo, facts);
    expect(memoWarnings(read.memo, evaluation, { today: '2024-06-01' })).toEqual([]);
    expect(memoWarnings(read.memo, evaluation, { today: '2025-06-01' })).toHaveLength(1);
  });

  it('gives a figure in error no warning', () => {
    expect(warningsOf('nearly {{ NOPE.x.FY2025 | 0% }}')).toEqual([]);
  });
});
