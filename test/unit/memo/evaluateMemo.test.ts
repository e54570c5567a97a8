import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../shared/calc/calcTypes';
import { createEngine } from '../../../shared/calc/createEngine';
import { evaluateMemo } from '../../../shared/memo/evaluateMemo';
import { markdownToMemo } from '../../../shared/memo/markdownToMemo';
import type { Memo } from '../../../shared/memo/memoTypes';

const facts: Fact[] = [
  {
    entity: 'AMZN',
    metric: 'capex',
    period: 'FY2025',
    value: 125e9,
    unit: 'USD',
    source: 'test',
    asOf: null,
  },
  {
    entity: 'DEAL',
    metric: 'size',
    period: 'FY2026',
    value: 50e9,
    unit: 'USD',
    source: 'test',
    asOf: null,
  },
];

function memoOf(markdown: string): Memo {
  const read = markdownToMemo(markdown);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.memo;
}

describe('evaluateMemo', () => {
  it('computes every figure and variable and formats each as it is shown', () => {
    const evaluation = evaluateMemo(
      memoOf(
        '```calc\nshare = DEAL.size / AMZN.capex.FY2025\n```\n\nThe deal is {{ share | 0% }} of {{ AMZN.capex | usd_billion }}.',
      ),
      facts,
    );
    expect(
      evaluation.figures.map(({ index, expr, display, place }) => ({
        index,
        expr,
        display,
        place,
      })),
    ).toEqual([
      { index: 1, expr: 'share', display: '40%', place: 'paragraph 1' },
      { index: 2, expr: 'AMZN.capex', display: '$125 billion', place: 'paragraph 1' },
    ]);
    expect(evaluation.variables).toEqual([
      {
        name: 'share',
        expr: 'DEAL.size / AMZN.capex.FY2025',
        format: '',
        label: '',
        value: { ok: true, value: 0.4, unit: '' },
        display: '0.4',
        place: 'calc block 1, line 1',
      },
    ]);
    expect(evaluation.problems).toEqual([]);
  });

  it('lists an unknown entity, a cycle, a syntax error, a bad line, a duplicate and a bad format, with places, in document order', () => {
    const memo = memoOf(
      [
        '# Risks',
        '',
        'Unknown {{ AMZNX.capex | usd_bn }} and blocked {{ a + 1 }}.',
        '',
        '```calc',
        'a = b',
        'b = a',
        'broken = 1 +',
        'no equals here',
        'd = 1',
        '```',
        '',
        '| k | v |',
        '| --- | --- |',
        '| x | {{ AMZN.capex | nonsense }} |',
        '',
        '```calc',
        'd = 2',
        '```',
      ].join('\n'),
    );
    const { problems, figures } = evaluateMemo(memo, facts);
    expect(problems.map((p) => p.place)).toEqual([
      'heading "Risks", paragraph 1',
      'heading "Risks", paragraph 1',
      'calc block 1, line 1',
      'calc block 1, line 2',
      'calc block 1, line 3',
      'calc block 1, line 4',
      'calc block 1, line 5',
      'heading "Risks", table 1, row 2, column 2',
      'calc block 2, line 1',
    ]);
    expect(problems[0]?.message).toMatch(
      /^\{\{ AMZNX\.capex \| usd_bn \}\}: Unknown entity "AMZNX"/,
    );
    expect(problems[1]?.message).toMatch(/^\{\{ a \+ 1 \}\}: Blocked by an error in a/);
    expect(problems[2]?.message).toMatch(/^a: Cycle/);
    expect(problems[4]?.message).toMatch(/^broken: Syntax error/);
    expect(problems[5]?.message).toMatch(/has no "="/);
    expect(problems[6]?.message).toMatch(/"d" is defined more than once/);
    expect(problems[7]?.message).toMatch(/Unknown format "nonsense"/);
    expect(figures.map((f) => f.display)).toEqual(['#ERR', '#ERR', '#FORMAT']);
  });

  it('reuses a live engine when given one, with the memo facts upserted into it', () => {
    const engine = createEngine();
    const evaluation = evaluateMemo(memoOf('{{ AMZN.capex.FY2025 | usd_billion }}'), facts, engine);
    expect(evaluation.engine).toBe(engine);
    expect(evaluation.figures[0]?.display).toBe('$125 billion');
    engine.setFacts([{ ...facts[0]!, value: 100e9 }]);
    expect(engine.figureValue('AMZN.capex.FY2025')).toEqual({
      ok: true,
      value: 100e9,
      unit: 'USD',
    });
  });
});
