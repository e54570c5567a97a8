import { describe, expect, it } from 'vitest';
import { exportMemoPdf } from '../../../app/backend/export/exportMemoPdf';
import { createFigureLookup } from '../../../app/backend/export/figureLookup';
import { evaluateMemo } from '../../../shared/memo/evaluateMemo';
import type { MemoEvaluation } from '../../../shared/memo/memoEvaluation';
import type { ChartBlockNode, FigureNode, Memo } from '../../../shared/memo/memoTypes';
import { walkMemo } from '../../../shared/memo/walkMemo';
import { bullets, calc, fig, h, memo, note, numbered, p, quote, table } from './memoBuilders';
import { flat, usePdfTools } from './openedPdfs';

const open = usePdfTools();

const chart = (title: string, value: number): ChartBlockNode => ({
  type: 'chartBlock',
  content: [
    {
      type: 'text',
      text: `type: bar\ntitle: "${title}"\ncategories: [a]\nseries: [{values: [${value}]}]`,
    },
  ],
});

/** A figure in every kind of place, each with its own value (101, 202, …) and a word naming it. */
const everywhere: Memo = memo(
  { title: 'Figures by path' },
  h(1, 'Heading ', fig('101')),
  p('Paragraph ', fig('202'), note('A footnote beside a figure.'), ' after-note ', fig('303')),
  table(['Cell', 'Value'], ['a', ['Row ', fig('404')]], ['b', ['Mixed ', fig('505')]]),
  bullets(p('Item ', fig('606')), ['Outer', numbered(p('Nested ', fig('616')))]),
  quote(p('Quoted ', fig('707'))),
  calc('rate = 8 | 0.0'),
  p('Calc ', fig('rate * 100')),
  chart('First chart', 11),
  chart('Second chart', 22),
);

const evaluate = (): MemoEvaluation => evaluateMemo(everywhere, []);

const figureNodes = (): FigureNode[] =>
  walkMemo(everywhere.doc).flatMap((item) => (item.kind === 'figure' ? [item.node] : []));
const chartNodes = (): ChartBlockNode[] =>
  walkMemo(everywhere.doc).flatMap((item) => (item.kind === 'chart' ? [item.node] : []));

describe('the PDF finds each figure by its path, not by its position', () => {
  it('each node gets its own figure whatever order it is asked in, and whatever order the evaluation lists them', () => {
    const evaluation = evaluate();
    const shuffled = {
      ...evaluation,
      figures: [...evaluation.figures].reverse(),
      charts: [...evaluation.charts].reverse(),
    };
    const lookup = createFigureLookup(everywhere.doc, shuffled);
    // Asked every other one first (a table laid out by columns, say), against a reversed list.
    const nodes = figureNodes();
    const order = [...nodes.keys()].sort((x, y) => (x % 2) - (y % 2) || x - y);
    const displays = new Map(order.map((i) => [i, lookup.figure(nodes[i]!).display]));
    expect(nodes.map((_, i) => displays.get(i))).toEqual([
      '101',
      '202',
      '303',
      '404',
      '505',
      '606',
      '616',
      '707',
      '800',
    ]);
    expect(chartNodes().map((node) => lookup.chart(node).place)).toEqual(['chart 1', 'chart 2']);
    expect(() => lookup.finish()).not.toThrow();
  });

  it('prints every value in its place, the same PDF text with the evaluation reordered', async () => {
    const evaluation = evaluate();
    const text = flat(open(await exportMemoPdf(everywhere, evaluation)).text());
    for (const expected of [
      'Heading 101',
      'Paragraph 202',
      'after-note 303',
      'Row 404',
      'Mixed 505',
      'Item 606',
      'Nested 616',
      'Quoted 707',
      'Calc 800',
    ])
      expect(text).toContain(expected);
    const reordered = {
      ...evaluation,
      figures: [...evaluation.figures].reverse(),
      charts: [...evaluation.charts].reverse(),
    };
    expect(flat(open(await exportMemoPdf(everywhere, reordered)).text())).toBe(text);
  }, 60_000);

  it('refuses an evaluation whose figure at a path is another expression: evaluate again', async () => {
    const evaluation = evaluate();
    // Two figures' values swapped between their paths, as a reordering bug would.
    const [first, second] = evaluation.figures;
    const swapped = {
      ...evaluation,
      figures: [
        { ...first!, path: second!.path },
        { ...second!, path: first!.path },
        ...evaluation.figures.slice(2),
      ],
    };
    await expect(exportMemoPdf(everywhere, swapped)).rejects.toThrow(
      /the figure at doc\.content\[0\]\.content\[1\] is \{\{ 101 \}\} in the memo but \{\{ 202 \}\} in its evaluation; evaluate the memo again/,
    );
  });

  it('refuses a figure or a chart with no evaluated value, and an evaluated figure never printed', async () => {
    const evaluation = evaluate();
    const tableFigure = evaluation.figures.find((f) => f.display === '404')!;
    const noCell = { ...evaluation, figures: evaluation.figures.filter((f) => f !== tableFigure) };
    await expect(exportMemoPdf(everywhere, noCell)).rejects.toThrow(
      new RegExp(
        `figure \\{\\{ 404 \\}\\} at ${tableFigure.path.replace(/[[\].]/g, '\\$&')} has no value in its evaluation; evaluate the memo again`,
      ),
    );
    const noChart = { ...evaluation, charts: evaluation.charts.slice(1) };
    await expect(exportMemoPdf(everywhere, noChart)).rejects.toThrow(
      /chart at doc\.content\[7\] has no value in its evaluation; evaluate the memo again/,
    );
    const extra = {
      ...evaluation,
      figures: [...evaluation.figures, { ...evaluation.figures[0]!, path: 'doc.content[99]' }],
    };
    await expect(exportMemoPdf(everywhere, extra)).rejects.toThrow(
      /a figure at doc\.content\[99\] that the memo does not print; evaluate the memo again/,
    );
  });
});
