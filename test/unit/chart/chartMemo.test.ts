import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../shared/calc/createEngine';
import { chartReads } from '../../../shared/chart/evaluateChart';
import { evaluateMemo } from '../../../shared/memo/evaluateMemo';
import { markdownToMemo } from '../../../shared/memo/markdownToMemo';
import { memoToMarkdown } from '../../../shared/memo/memoToMarkdown';
import type { Memo } from '../../../shared/memo/memoTypes';
import { validateMemo } from '../../../shared/memo/validateMemo';
import { BAR_EXAMPLE, chartFacts, fence, RANGE_EXAMPLE } from './chartFacts';

function memoOf(markdown: string): Memo {
  const read = markdownToMemo(markdown);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.memo;
}

const MARKDOWN = `# Valuation\n\nRevenue grew.\n\n${fence(BAR_EXAMPLE)}\n\n${fence(RANGE_EXAMPLE)}\n`;

describe('chart blocks in the memo model', () => {
  it('reads a ```chart block as a chartBlock holding its YAML verbatim', () => {
    const memo = memoOf(MARKDOWN);
    expect(memo.doc.content[2]).toEqual({
      type: 'chartBlock',
      content: [{ type: 'text', text: BAR_EXAMPLE }],
    });
    expect(validateMemo(memo).ok).toBe(true);
  });

  it('round-trips: Markdown → memo → Markdown gives the same text', () => {
    const memo = memoOf(MARKDOWN);
    const markdown = memoToMarkdown(memo);
    expect(markdown).toContain(fence(BAR_EXAMPLE));
    expect(markdown).toContain(fence(RANGE_EXAMPLE));
    expect(memoOf(markdown)).toEqual(memo);
  });

  it('validates a chartBlock strictly, like a calc block', () => {
    const bad = {
      meta: { title: 't', author: '', date: '', subtitle: '' },
      doc: { type: 'doc', content: [{ type: 'chartBlock', attrs: { x: 1 }, content: [] }] },
    };
    const result = validateMemo(bad);
    expect(result.ok).toBe(false);
  });

  it('keeps a chart YAML holding backticks inside a longer fence', () => {
    const text = 'type: bar\ntitle: "```"\ncategories: [a]\nseries: [{values: [1]}]';
    const memo: Memo = {
      meta: { title: 't', author: '', date: '', subtitle: '' },
      doc: { type: 'doc', content: [{ type: 'chartBlock', content: [{ type: 'text', text }] }] },
    };
    expect(memoOf(memoToMarkdown(memo))).toEqual(memo);
  });
});

describe('charts are figures of the memo', () => {
  it('evaluates every chart and registers its values in the engine', () => {
    const evaluation = evaluateMemo(memoOf(MARKDOWN), chartFacts);
    expect(evaluation.charts.map((c) => [c.index, c.place, c.chart.type])).toEqual([
      [1, 'chart 1', 'bar'],
      [2, 'chart 2', 'range'],
    ]);
    expect(evaluation.problems).toEqual([]);
    expect(evaluation.engine.provenance('NWD.revenue.FY2024').inputs).toHaveLength(1);
  });

  it('counts a bad expression and a bad key as problems with chart, line and key', () => {
    const memo = memoOf(
      `${fence('type: bar\ncategories: [a, b]\nseries:\n  - values: [NWD.revenue.FY2024, NOPE.x]')}\n\n${fence('type: line\ncategories: [a]\ncolor: red\nseries: [{values: [1]}]')}\n`,
    );
    const { problems } = evaluateMemo(memo, chartFacts);
    expect(problems).toEqual([
      {
        place: 'chart 1, line 4',
        message: expect.stringMatching(
          /^series\[0\]\.values\[1\] \(NOPE\.x\): Unknown entity "NOPE"/,
        ),
      },
      { place: 'chart 2, line 3', message: expect.stringContaining('unknown key "color"') },
    ]);
  });

  it('recomputes incrementally: a fact change reaches only the charts that read it', () => {
    const charts = [
      'type: bar\ncategories: [a]\nseries: [{values: [NWD.revenue.FY2024]}]',
      'type: bar\ncategories: [a]\nseries: [{values: [NWD.revenue.FY2025 * 2]}]',
      RANGE_EXAMPLE,
    ];
    const memo = memoOf(charts.map(fence).join('\n\n'));
    const engine = createEngine();
    const evaluation = evaluateMemo(memo, chartFacts, engine);
    const report = engine.setFacts([{ ...chartFacts[1]!, value: 250e9 }]);
    const changed = new Set(report.figures);
    const redrawn = evaluation.charts.filter((c) => chartReads(c.chart, changed));
    expect(redrawn.map((c) => c.index)).toEqual([2]);
    const ctso = engine.setFacts([{ ...chartFacts[4]!, value: 1.2e9 }]);
    expect(
      evaluation.charts
        .filter((c) => chartReads(c.chart, new Set(ctso.figures)))
        .map((c) => c.index),
    ).toEqual([3]);
  });
});
