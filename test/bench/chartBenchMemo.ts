import type { BlockNode, Memo } from '../../shared/memo/memoTypes';

/** Chart `i` of the bench memo over the export bench's facts (CO0…CO99, FY2025). */
export function benchChartYaml(i: number): string {
  const co = (k: number): string => `CO${(i * 7 + k) % 100}`;
  if (i % 3 === 0) {
    const cats = [0, 1, 2, 3].map(co);
    return [
      'type: bar',
      `title: Revenue and EBITDA, ${cats.join(', ')}`,
      'format: usd_bn',
      `categories: [${cats.join(', ')}]`,
      'series:',
      '  - name: Revenue',
      `    values: [${cats.map((c) => `${c}.revenue.FY2025`).join(', ')}]`,
      '  - name: EBITDA',
      `    values: [${cats.map((c) => `${c}.ebitda.FY2025 - ${c}.revenue.FY2025 / 4`).join(', ')}]`,
    ].join('\n');
  }
  if (i % 3 === 1) {
    const cats = [0, 1, 2, 3, 4, 5].map(co);
    return [
      'type: line',
      'title: Growth across the peer set',
      'format: pct1',
      `categories: [${cats.join(', ')}]`,
      'series:',
      '  - name: Growth',
      `    values: [${cats.map((c) => `${c}.growth`).join(', ')}]`,
    ].join('\n');
  }
  const rows = [0, 1, 2].map(co);
  return [
    'type: range',
    `title: What ${co(0)} is worth`,
    'format: usd_bn',
    'rows:',
    ...rows.flatMap((c) => [
      `  - label: At ${c}'s multiple`,
      `    low: 0.8 * ${c}.ev_ebitda * ${co(0)}.ebitda.FY2025`,
      `    high: 1.2 * ${c}.ev_ebitda * ${co(0)}.ebitda.FY2025`,
    ]),
    'marker:',
    '  label: Offer',
    `  value: ${co(0)}.ev_ebitda * ${co(0)}.ebitda.FY2025`,
  ].join('\n');
}

/** The memo with `count` charts spread evenly between its top-level blocks. */
export function withCharts(memo: Memo, count: number): Memo {
  const blocks = memo.doc.content;
  const step = blocks.length / count;
  const content: BlockNode[] = [];
  let next = 0;
  blocks.forEach((block, index) => {
    content.push(block);
    while (next < count && index + 1 >= Math.round((next + 1) * step)) {
      content.push({ type: 'chartBlock', content: [{ type: 'text', text: benchChartYaml(next) }] });
      next += 1;
    }
  });
  return { ...memo, doc: { type: 'doc', content } };
}
