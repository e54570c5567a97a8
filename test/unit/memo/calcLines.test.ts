import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../shared/calc/calcTypes';
import { evaluateMemo } from '../../../shared/memo/evaluateMemo';
import { markdownToMemo } from '../../../shared/memo/markdownToMemo';
import { memoToMarkdown } from '../../../shared/memo/memoToMarkdown';
import { parseCalcBlock } from '../../../shared/memo/parseCalcBlock';
import { validateMemo } from '../../../shared/memo/validateMemo';

const facts: Fact[] = [
  {
    entity: 'MSFT_ATVI',
    metric: 'price_per_share',
    period: 'D2022_01_18',
    value: 95,
    unit: 'USD',
    source: '',
    asOf: null,
  },
  {
    entity: 'ATVI',
    metric: 'close',
    period: 'D2022_01_14',
    value: 65.39,
    unit: 'USD',
    source: '',
    asOf: null,
  },
  {
    entity: 'MSFT_ATVI',
    metric: 'transaction_value',
    period: 'FY2022',
    value: 68.7e9,
    unit: 'USD',
    source: '',
    asOf: null,
  },
  {
    entity: 'ATVI',
    metric: 'revenue',
    period: 'FY2021',
    value: 8.8e9,
    unit: 'USD',
    source: '',
    asOf: null,
  },
  {
    entity: 'MSFT',
    metric: 'revenue',
    period: 'FY2021',
    value: 168.1e9,
    unit: 'USD',
    source: '',
    asOf: null,
  },
];

// The example of CALC.md §2, exactly as written there.
const CALC_MD_EXAMPLE = [
  'premium = MSFT_ATVI.price_per_share / ATVI.close.D2022_01_14 - 1 | 0.0% | Premium to the prior close',
  'ev_revenue = MSFT_ATVI.transaction_value / ATVI.revenue.FY2021 | x1',
  "share_of_msft = MSFT_ATVI.transaction_value / MSFT.revenue.FY2021 | | Share of Microsoft's revenue",
].join('\n');

const markdown = (info: string, body: string): string =>
  `---\ntitle: Deal\n---\n\n\`\`\`${info}\n${body}\n\`\`\`\n\nThe premium is {{ premium | 0% }}.\n`;

describe('calc lines with a format and a label (CALC.md §2)', () => {
  it('parses name = expr | format | label, with the format or the label left out', () => {
    const lines = parseCalcBlock(CALC_MD_EXAMPLE).lines;
    expect(lines.map(({ name, expr, format, label }) => ({ name, expr, format, label }))).toEqual([
      {
        name: 'premium',
        expr: 'MSFT_ATVI.price_per_share / ATVI.close.D2022_01_14 - 1',
        format: '0.0%',
        label: 'Premium to the prior close',
      },
      {
        name: 'ev_revenue',
        expr: 'MSFT_ATVI.transaction_value / ATVI.revenue.FY2021',
        format: 'x1',
        label: '',
      },
      {
        name: 'share_of_msft',
        expr: 'MSFT_ATVI.transaction_value / MSFT.revenue.FY2021',
        format: '',
        label: "Share of Microsoft's revenue",
      },
    ]);
    expect(parseCalcBlock('x = 1 | 0.0"x" | A | B').lines[0]).toMatchObject({
      expr: '1',
      format: '0.0"x"',
      label: 'A | B',
    });
    expect(parseCalcBlock('x = | 0%').lines[0]?.kind).toBe('invalid');
  });

  it('shows each variable in its line format; a figure citing it keeps its own format', () => {
    const read = markdownToMemo(markdown('calc', CALC_MD_EXAMPLE));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const evaluation = evaluateMemo(read.memo, facts);
    expect(evaluation.problems).toEqual([]);
    expect(
      evaluation.variables.map(({ name, display, label }) => ({ name, display, label })),
    ).toEqual([
      { name: 'premium', display: '45.3%', label: 'Premium to the prior close' },
      { name: 'ev_revenue', display: '7.8x', label: '' },
      { name: 'share_of_msft', display: '0.4087', label: "Share of Microsoft's revenue" },
    ]);
    expect(evaluation.figures[0]?.display).toBe('45%');
  });

  it('a line format that is not a format is an error at its line, naming it', () => {
    const read = markdownToMemo(markdown('calc', 'premium = 0.4528 | pct9 | Premium'));
    if (!read.ok) throw new Error('unreadable');
    const evaluation = evaluateMemo(read.memo, facts);
    expect(evaluation.variables[0]?.display).toBe('#FORMAT');
    expect(evaluation.problems).toEqual([
      {
        place: 'calc block 1, line 1',
        message: expect.stringContaining('premium: Unknown format "pct9". Did you mean pct1?'),
        code: 'unknown_format',
      },
    ]);
  });

  it.each([['calc'], ['calc hidden']])(
    'keeps formats, labels and the %s info string through the Markdown round trip',
    (info) => {
      const source = markdown(info, CALC_MD_EXAMPLE);
      const read = markdownToMemo(source);
      if (!read.ok) throw new Error('unreadable');
      const block = read.memo.doc.content[0];
      expect(block?.type).toBe('calcBlock');
      expect(block && 'attrs' in block ? block.attrs : undefined).toEqual(
        info === 'calc hidden' ? { hidden: true } : undefined,
      );
      const out = memoToMarkdown(read.memo);
      expect(out).toContain(`\`\`\`${info}\n${CALC_MD_EXAMPLE}\n\`\`\``);
      const again = markdownToMemo(out);
      expect(again.ok && again.memo).toEqual(read.memo);
    },
  );

  it('accepts hidden: true on a calc block and nothing else', () => {
    const doc = (attrs: unknown) => ({
      meta: { title: 't', author: '', date: '', subtitle: '' },
      doc: { type: 'doc', content: [{ type: 'calcBlock', attrs }] },
    });
    expect(validateMemo(doc({ hidden: true })).ok).toBe(true);
    const bad = validateMemo(doc({ hidden: false }));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems[0]?.where).toBe('doc.content[0].attrs.hidden');
    expect(validateMemo(doc({ shown: true })).ok).toBe(false);
  });
});
