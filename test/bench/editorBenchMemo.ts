import type { BlockNode, InlineNode, Memo, TableCellNode } from '../../shared/memo/memoTypes';
import type { FactInput } from '../../shared/api/factsApi';

/** How many figures read the driver fact (the ones a driver change repaints). */
export const DRIVER_FIGURES = 100;
export const DRIVER_FACT = { entity: 'BENCH', metric: 'driver', period: 'FY2025' } as const;
const OTHER_FACTS = 40;
const SECTIONS = 30;
const PARAGRAPHS_PER_SECTION = 5;
const TABLES = 10;
const TABLE_ROWS = 5;

const WORDS =
  'the deal would deepen dependency on infrastructure while giving wider access to models for internal and external integration investors may read this as matching an early play but this is more than catch up it is a pivot in strategy from hedging bets to locking down a bigger piece of the stack capital scale matters less than placement'.split(
    ' ',
  );

/** The facts the bench memo reads: one driver and forty others, in USD. */
export function benchFacts(): FactInput[] {
  const fact = (metric: string, value: number): FactInput => ({
    entity: 'BENCH',
    metric,
    period: 'FY2025',
    scenario: '',
    value,
    unit: 'USD',
    source: 'bench',
    asOf: '2026-01-30',
    note: '',
  });
  return [
    fact(DRIVER_FACT.metric, 1e9),
    ...Array.from({ length: OTHER_FACTS }, (_, i) => fact(`m${i}`, (i + 1) * 1e9)),
  ];
}

/**
 * A memo of about 30 pages (30 sections of five ~100-word paragraphs, 10 tables) with 500
 * figures: 100 read the driver fact (distinct expressions, so 100 repaints on a driver change),
 * 400 read the other facts or the calc block's variables. With `figures: false`, the same
 * memo with each figure replaced by text of the same length, for the baseline.
 */
export function benchMemo({ figures }: { figures: boolean }): Memo {
  let next = 0;
  const figure = (): InlineNode => {
    const i = next++;
    const node: InlineNode =
      i % 5 === 0
        ? { type: 'figure', attrs: { expr: `BENCH.driver.FY2025 * ${i / 5 + 1}`, format: 'usd_m' } }
        : i % 5 === 1
          ? { type: 'figure', attrs: { expr: `v${i % OTHER_FACTS}`, format: 'usd_bn' } }
          : { type: 'figure', attrs: { expr: `BENCH.m${i % OTHER_FACTS}.FY2025`, format: '' } };
    return figures ? node : { type: 'text', text: '$12,345m' };
  };
  const words = (n: number, seed: number): string =>
    Array.from({ length: n }, (_, k) => WORDS[(seed * 7 + k * 3) % WORDS.length]).join(' ');

  const content: BlockNode[] = [
    {
      type: 'calcBlock',
      content: [
        {
          type: 'text',
          text: Array.from(
            { length: OTHER_FACTS },
            (_, i) => `v${i} = BENCH.m${i}.FY2025 * 1.1`,
          ).join('\n'),
        },
      ],
    },
  ];
  const tableFigures = TABLES * TABLE_ROWS * 3;
  const paragraphFigures = 500 - tableFigures;
  const paragraphs = SECTIONS * PARAGRAPHS_PER_SECTION;
  let placed = 0;
  for (let s = 0; s < SECTIONS; s++) {
    content.push({
      type: 'heading',
      attrs: { level: 2 },
      content: [{ type: 'text', text: `Section ${s + 1}: ${words(4, s)}` }],
    });
    for (let p = 0; p < PARAGRAPHS_PER_SECTION; p++) {
      const index = s * PARAGRAPHS_PER_SECTION + p;
      const due = Math.round(((index + 1) * paragraphFigures) / paragraphs) - placed;
      const inline: InlineNode[] = [{ type: 'text', text: `${words(34, index)} ` }];
      for (let f = 0; f < due; f++) {
        inline.push(figure(), {
          type: 'text',
          text: ` ${words(66 / Math.max(1, due), index + f)} `,
        });
      }
      if (due === 0) inline.push({ type: 'text', text: words(66, index + 1) });
      placed += due;
      content.push({ type: 'paragraph', content: inline });
    }
    if (s % 3 === 2) content.push(table());
  }
  return {
    meta: { title: 'Bench memo', author: 'Bench', date: '2026-01-30', subtitle: '' },
    doc: { type: 'doc', content },
  };

  function table(): BlockNode {
    const cell = (type: TableCellNode['type'], inline: InlineNode[]): TableCellNode => ({
      type,
      content: [{ type: 'paragraph', content: inline }],
    });
    const header = ['Line', 'FY2024', 'FY2025', 'FY2026'].map((t) =>
      cell('tableHeader', [{ type: 'text', text: t }]),
    );
    const rows = Array.from({ length: TABLE_ROWS }, (_, r) => ({
      type: 'tableRow' as const,
      content: [
        cell('tableCell', [{ type: 'text', text: words(2, r) }]),
        ...[0, 1, 2].map(() => cell('tableCell', [figure()])),
      ],
    }));
    return { type: 'table', content: [{ type: 'tableRow', content: header }, ...rows] };
  }
}
