import { describe, expect, it } from 'vitest';
import { refuseFigureErrors } from '../../../app/backend/export/refuseFigureErrors';
import type { Fact } from '../../../shared/calc/calcTypes';
import { evaluateMemo } from '../../../shared/memo/evaluateMemo';
import { markdownToMemo } from '../../../shared/memo/markdownToMemo';
import { parseFigureRefusal } from '../../../renderer/features/export/parseFigureRefusal';

const facts: Fact[] = [
  {
    entity: 'AMZN',
    metric: 'capex',
    period: 'FY2025',
    value: 125e9,
    unit: 'USD',
    source: 's',
    asOf: null,
  },
];

/** The message `export:pdf` refuses `markdown` with, and the problems the engine finds. */
function refusal(markdown: string): {
  message: string;
  problems: { place: string; message: string }[];
} {
  const read = markdownToMemo(markdown);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const evaluation = evaluateMemo(read.memo, facts);
  try {
    refuseFigureErrors(evaluation, false);
  } catch (error) {
    return { message: (error as Error).message, problems: evaluation.problems };
  }
  throw new Error('not refused');
}

describe('parseFigureRefusal', () => {
  it('reads back each error of a real refusal with its place, wherever the figure stands', () => {
    const { message, problems } = refusal(
      [
        'Capex is {{ NOPE.capex.FY2025 }}.',
        '',
        '# Capital: "the bet", at {{ AMZN.capex.FY2025 | usd_billion }}',
        '',
        'Share: {{ AMZN.capex.FY2025 / 0 | pct0 }} and {{ AMZN.capex.FY2025 | nonsense }}.',
        '',
        '- one {{ MISSING.metric.FY2025 }}',
        '- two',
        '',
        '| a | b |',
        '| --- | --- |',
        '| x | {{ AMZN.nothing.FY2025 }} |',
        '',
        '```calc',
        'ok = AMZN.capex.FY2025',
        'bad = NOPE.x.FY2025 * 2',
        'also bad =',
        '```',
      ].join('\n'),
    );
    expect(problems.length).toBeGreaterThanOrEqual(6);
    expect(parseFigureRefusal(message)).toEqual(
      problems.map(({ place, message: text }) => ({ place, message: text })),
    );
  });

  it('reads a refusal of one error', () => {
    const { message, problems } = refusal('Capex is {{ NOPE.capex.FY2025 }}.');
    expect(problems).toHaveLength(1);
    const parsed = parseFigureRefusal(message);
    expect(parsed).toEqual([{ place: 'paragraph 1', message: problems[0]!.message }]);
    expect(parsed?.[0]?.message).toContain('NOPE');
  });

  it('keeps a line whose place it cannot tell as its message', () => {
    expect(parseFigureRefusal('The memo has 1 figure error; fix it:\n- somewhere odd')).toEqual([
      { place: '', message: 'somewhere odd' },
    ]);
  });

  it('is null for any other failure', () => {
    expect(parseFigureRefusal('There is no memo 9.')).toBeNull();
    expect(parseFigureRefusal('The memo has 2 figure errors; but no list follows')).toBeNull();
    expect(parseFigureRefusal('Disk full\n- not a list of figures')).toBeNull();
  });
});
