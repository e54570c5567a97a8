import type { Fact } from '../../shared/calc/calcTypes';
import type { BlockNode, InlineNode, Memo, TableNode } from '../../shared/memo/memoTypes';

const SECTIONS = 10;
const ENTITIES = 100;
const PROSE_FIGURES_PER_SECTION = 40;
const TABLE_ROWS = 10;

/** A deterministic pseudo-random sequence (mulberry32), so every run lays out the same memo. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON = (
  'the company reported steady demand across its segments while management guided to higher ' +
  'investment in capacity and pricing held up better than feared as customers renewed contracts ' +
  'and margins expanded on mix although currency and freight remained headwinds for the quarter ' +
  'we see the balance sheet as a source of optionality and expect capital returns to continue'
).split(' ');
const SYLLABLES = [
  'ca',
  'pi',
  'tal',
  'mar',
  'gin',
  're',
  'ven',
  'ue',
  'lo',
  'com',
  'pu',
  'te',
  'ser',
  'vi',
  'den',
  'ex',
  'port',
  'ra',
  'ti',
  'on',
];

/**
 * About 2,600 distinct words, as a real 30-page note has (most of them rare): the common
 * words of a research note, and pseudo-words, some followed by punctuation. Shaping each
 * distinct word is most of an export's cost, so a small vocabulary would flatter it.
 */
function vocabulary(rnd: () => number): string[] {
  const words = new Set<string>(COMMON);
  while (words.size < 2600) {
    let word = '';
    for (let n = 2 + Math.floor(rnd() * 3); n > 0; n--)
      word += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
    words.add(rnd() < 0.15 ? `${word},` : word);
  }
  return [...words];
}

/**
 * The export benchmark's memo: 10 sections, each a heading, a calc block, eight paragraphs
 * of prose with 40 figures, a bullet list, a block quote and a 10-row table with 10 figures:
 * about 30 pages, 500 figures, 10 tables, over 100 companies' facts.
 */
export function exportBenchMemo(): { memo: Memo; facts: Fact[] } {
  const rnd = random(7);
  const facts: Fact[] = [];
  for (let e = 0; e < ENTITIES; e++) {
    const add = (metric: string, value: number, unit: string): void => {
      facts.push({
        entity: `CO${e}`,
        metric,
        period: 'FY2025',
        value,
        unit,
        source: 'bench',
        asOf: '2026-01-30',
      });
    };
    add('revenue', Math.round(1e9 + rnd() * 9e10), 'USD');
    add('ebitda', Math.round(1e8 + rnd() * 2e10), 'USD');
    add('growth', Math.round(rnd() * 400) / 1000, 'pct');
    add('ev_ebitda', Math.round(50 + rnd() * 300) / 10, 'x');
  }
  const rare = vocabulary(rnd);
  // Half the words are common ones, half drawn from the whole vocabulary.
  const word = (): string =>
    rnd() < 0.5
      ? COMMON[Math.floor(rnd() * COMMON.length)]!
      : rare[Math.floor(rnd() * rare.length)]!;
  const words = (n: number): string => Array.from({ length: n }, word).join(' ');
  const entity = (): string => `CO${Math.floor(rnd() * ENTITIES)}`;
  const figure = (expr: string, format: string): InlineNode => ({
    type: 'figure',
    attrs: { expr, format },
  });
  const proseFigure = (section: number): InlineNode => {
    const kind = Math.floor(rnd() * 4);
    if (kind === 0) return figure(`${entity()}.revenue.FY2025`, 'usd_billion');
    if (kind === 1) return figure(`${entity()}.growth`, 'pct1');
    if (kind === 2) return figure(`${entity()}.ev_ebitda`, 'x1');
    return figure(`margin_${section}`, '0.0%');
  };
  const paragraph = (section: number, figures: number): BlockNode => {
    const content: InlineNode[] = [];
    for (let i = 0; i < figures; i++) {
      content.push(
        { type: 'text', text: `${i === 0 ? 'The' : ' and'} ${words(18)} at ` },
        proseFigure(section),
      );
    }
    content.push({ type: 'text', text: `, ${words(20)}.` });
    return { type: 'paragraph', content };
  };
  const table = (): TableNode => {
    const cell = (type: 'tableCell' | 'tableHeader', content: InlineNode[]) => ({
      type,
      content: [{ type: 'paragraph' as const, content }],
    });
    const text = (t: string): InlineNode[] => [{ type: 'text', text: t }];
    return {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: ['Company', 'Segment', 'Revenue FY2025'].map((h) =>
            cell('tableHeader', text(h)),
          ),
        },
        ...Array.from({ length: TABLE_ROWS }, () => {
          const e = entity();
          return {
            type: 'tableRow' as const,
            content: [
              cell('tableCell', text(`Company ${e}`)),
              cell(
                'tableCell',
                text(rnd() < 0.5 ? 'Cloud infrastructure' : 'Devices and services'),
              ),
              cell('tableCell', [figure(`${e}.revenue.FY2025`, '$#,##0.0,,,"bn"')]),
            ],
          };
        }),
      ],
    };
  };
  const content: BlockNode[] = [];
  for (let s = 0; s < SECTIONS; s++) {
    const e = entity();
    content.push({
      type: 'heading',
      attrs: { level: 1 },
      content: [{ type: 'text', text: `Section ${s + 1}: ${words(4)}` }],
    });
    content.push({
      type: 'calcBlock',
      content: [
        {
          type: 'text',
          text: `# Section ${s + 1}\nmargin_${s} = ${e}.ebitda / ${e}.revenue\nscale_${s} = ${e}.revenue / 1e9`,
        },
      ],
    });
    for (let i = 0; i < 8; i++) {
      if (i === 4)
        content.push({
          type: 'heading',
          attrs: { level: 2 },
          content: [{ type: 'text', text: words(5) }],
        });
      content.push(paragraph(s, PROSE_FIGURES_PER_SECTION / 8));
    }
    content.push({
      type: 'bulletList',
      content: [0, 1, 2].map(() => ({
        type: 'listItem' as const,
        content: [
          { type: 'paragraph' as const, content: [{ type: 'text' as const, text: words(18) }] },
        ],
      })),
    });
    content.push({
      type: 'blockquote',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: words(40) }] }],
    });
    content.push(table());
    content.push({ type: 'paragraph', content: [{ type: 'text', text: words(60) }] });
  }
  return {
    memo: {
      meta: {
        title: 'Coverage review: 100 companies',
        author: 'Research',
        date: '2026-01-30',
        subtitle: 'Benchmark memo',
      },
      doc: { type: 'doc', content },
    },
    facts,
  };
}
