import { describe, expect, it } from 'vitest';
import { evaluateMemo } from '../../../shared/memo/evaluateMemo';
import { markdownToMemo } from '../../../shared/memo/markdownToMemo';
import { memoToMarkdown } from '../../../shared/memo/memoToMarkdown';
import { validateMemo } from '../../../shared/memo/validateMemo';
import type { Memo } from '../../../shared/memo/memoTypes';
import { fact, SAMPLE_FACTS } from '../calc/sampleFacts';

const CASES = [
  '```calc',
  'share = OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025',
  '```',
  '',
  '| Case | Share |',
  '| --- | --- |',
  '| Base | {{ share | 0% }} |',
  '| Bull | {{ share @bull | 0% }} |',
  '| Bear | {{ share @bear | 0.0% }} |',
  '',
  'Shown: {{ share | 0% }}, and {{ a | b @bull | }} keeps its bar.',
  '',
].join('\n');

function memoOf(markdown: string): Memo {
  const read = markdownToMemo(markdown);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.memo;
}

const scenarios = [
  { name: 'bull', overrides: [fact('AMZN.capex.FY2025', 200e9)] },
  { name: 'bear', overrides: [fact('AMZN.capex.FY2025', 80e9)] },
];

describe('figures that name a scenario', () => {
  it('read `@S` from Markdown into the figure and write it back the same', () => {
    const memo = memoOf(CASES);
    const figures = JSON.stringify(memo.doc);
    expect(figures).toContain('{"expr":"share","format":"0%","scenario":"bull"}');
    expect(figures).toContain('{"expr":"a | b","format":"","scenario":"bull"}');
    expect(validateMemo(memo)).toEqual({ ok: true, memo });
    const markdown = memoToMarkdown(memo);
    expect(markdown).toContain('| Bull | {{ share @bull | 0% }} |');
    expect(markdown).toContain('{{ a | b @bull | }}');
    expect(memoOf(markdown)).toEqual(memo);
  });

  it('refuses a figure scenario that is not a name', () => {
    const memo = memoOf('{{ share }}');
    const doc = JSON.parse(
      JSON.stringify(memo.doc).replace('"format":""', '"format":"","scenario":"bull case"'),
    );
    const result = validateMemo({ ...memo, doc });
    expect(result.ok).toBe(false);
  });

  it('evaluates a case table side by side, in whichever scenario the memo is shown', () => {
    const memo = memoOf(CASES);
    const base = evaluateMemo(memo, SAMPLE_FACTS, { scenarios });
    expect(base.figures.slice(0, 4).map((f) => f.display)).toEqual(['40%', '25%', '62.5%', '40%']);
    expect(base.figures[1]?.scenario).toBe('bull');
    expect(base.scenario).toBe('');
    const bear = evaluateMemo(memo, SAMPLE_FACTS, { scenarios, scenario: 'bear' });
    expect(bear.figures.slice(0, 4).map((f) => f.display)).toEqual(['63%', '25%', '62.5%', '63%']);
    expect(bear.scenario).toBe('bear');
  });

  it('counts a figure in an unknown scenario as a problem that names it', () => {
    const memo = memoOf('```calc\nshare = 1\n```\n\n{{ share @upside | 0% }}\n');
    const { problems, figures } = evaluateMemo(memo, SAMPLE_FACTS, { scenarios });
    expect(figures[0]?.display).toBe('#ERR');
    expect(problems.map((p) => p.message)).toEqual([
      '{{ share @upside | 0% }}: Unknown scenario "upside" (the scenarios are bear, bull).',
    ]);
  });
});
