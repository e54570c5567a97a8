import { describe, expect, it } from 'vitest';
import { causeText, diffReportLines, factNumber } from '../../../shared/versions/diffReport';
import { diffVersions } from '../../../shared/versions/diffVersions';
import { fact, memoOf, side } from './versionsFixtures';

const base = [
  fact('NWD.ebitda.FY2025', 3_100_000_000),
  fact('NWD.net_debt.FY2025', 9_300_000_000),
  fact('AMZN.capex.FY2025', 125e9),
];

const memo = `# Leverage

\`\`\`calc
leverage = NWD.net_debt.FY2025 / NWD.ebitda.FY2025
\`\`\`

Leverage is {{ leverage | x1 }} on EBITDA of {{ NWD.ebitda.FY2025 | usd_bn }}.

Capex was {{ AMZN.capex.FY2025 | usd_bn }} last year.
`;

describe('diffVersions: figures', () => {
  it('explains a changed figure by the facts it reads, through calc variables', () => {
    const moved = base.map((f) =>
      f.metric === 'ebitda' ? { ...f, value: 3_400_000_000, asOf: '2025-09-30' } : f,
    );
    const diff = diffVersions(side(memo, base), side(memo, moved));
    const changed = diff.figures?.changed ?? [];
    expect(changed.map((c) => [c.to.expr, c.from.display, c.to.display])).toEqual([
      ['leverage', '3.0x', '2.7x'],
      ['NWD.ebitda.FY2025', '$3.1bn', '$3.4bn'],
    ]);
    expect(diff.figures?.unchanged).toBe(1);
    expect(changed[0]?.causes.map(causeText)).toEqual([
      'NWD.ebitda.FY2025: 3,100,000,000 → 3,400,000,000; as of 2025-06-30 → 2025-09-30',
    ]);
    expect(diff.textChanges).toBe(0);
    const figureTokens = diff.blocks.flatMap((b) => b.tokens.filter((t) => t.toPath !== undefined));
    expect(figureTokens.map((t) => [t.fromShown, t.toShown, t.change])).toEqual([
      ['3.0x', '2.7x', 0],
      ['$3.1bn', '$3.4bn', 1],
      ['$125bn', '$125bn', undefined],
    ]);
  });

  it('lists no figure whose shown text is the same, even if its value moved below the rounding', () => {
    const nudged = base.map((f) => (f.metric === 'capex' ? { ...f, value: 125.001e9 } : f));
    const diff = diffVersions(side(memo, base), side(memo, nudged));
    expect(diff.figures?.changed).toEqual([]);
    expect(diff.figures?.unchanged).toBe(3);
  });

  it('does not count the figures of a moved paragraph as changed', () => {
    const reordered = `# Leverage

Capex was {{ AMZN.capex.FY2025 | usd_bn }} last year.

\`\`\`calc
leverage = NWD.net_debt.FY2025 / NWD.ebitda.FY2025
\`\`\`

Leverage is {{ leverage | x1 }} on EBITDA of {{ NWD.ebitda.FY2025 | usd_bn }}.
`;
    const diff = diffVersions(side(memo, base), side(reordered, base));
    expect(diff.figures?.changed).toEqual([]);
    expect(diff.figures?.added).toEqual([]);
    expect(diff.figures?.removed).toEqual([]);
    expect(diff.figures?.unchanged).toBe(3);
    expect(diff.blocks.filter((b) => b.status !== 'same').map((b) => b.status)).toEqual(['moved']);
  });

  it('names a changed variable definition and a changed format as causes', () => {
    const edited = memo
      .replace(
        'NWD.net_debt.FY2025 / NWD.ebitda.FY2025',
        'NWD.net_debt.FY2025 / NWD.ebitda.FY2025 * 2',
      )
      .replace('{{ AMZN.capex.FY2025 | usd_bn }}', '{{ AMZN.capex.FY2025 | usd_m }}');
    const diff = diffVersions(side(memo, base), side(edited, base));
    expect(diff.figures?.changed.map((c) => c.causes.map(causeText))).toEqual([
      [
        'leverage = NWD.net_debt.FY2025 / NWD.ebitda.FY2025 → NWD.net_debt.FY2025 / NWD.ebitda.FY2025 * 2',
      ],
      ['format usd_bn → usd_m'],
    ]);
  });

  it('pairs an edited expression at the same place and reports added and removed figures', () => {
    const edited = memo
      .replace(
        'on EBITDA of {{ NWD.ebitda.FY2025 | usd_bn }}',
        'on net debt of {{ NWD.net_debt.FY2025 | usd_bn }}',
      )
      .replace('last year.', 'last year and {{ AMZN.capex.FY2025 | usd_m }} in millions.');
    const diff = diffVersions(side(memo, base), side(edited, base));
    const changed = diff.figures?.changed ?? [];
    expect(changed.map((c) => [c.from.expr, c.to.expr, c.to.display])).toEqual([
      ['NWD.ebitda.FY2025', 'NWD.net_debt.FY2025', '$9.3bn'],
    ]);
    expect(changed[0]?.causes.map((c) => c.kind)).toEqual(['fact', 'fact', 'expression']);
    expect(diff.figures?.added.map((f) => f.display)).toEqual(['$125,000m']);
    expect(diff.figures?.removed).toEqual([]);
  });

  it('explains a latest-period reference that now reads a newer period', () => {
    const text = 'Capex {{ AMZN.capex | usd_bn }}.';
    const newer = [...base, fact('AMZN.capex.FY2026', 140e9)];
    const diff = diffVersions(side(text, base), side(text, newer));
    expect(diff.figures?.changed[0]?.causes.map(causeText)).toEqual([
      'AMZN.capex: 125,000,000,000 → 140,000,000,000; reads AMZN.capex.FY2025 → AMZN.capex.FY2026',
    ]);
  });

  it('says when a version has no snapshot, and still compares the text', () => {
    const old = { memo: memoOf(memo), snapshot: null };
    const diff = diffVersions(old, side(memo.replace('last year', 'in 2025'), base));
    expect(diff.figures).toBeNull();
    expect(diff.missingSnapshot).toBe('from');
    const lines = diffReportLines(diff, 'version 3', 'now');
    expect(lines).toContain(
      'Figures: not compared: version 3 was kept before versions recorded their numbers.',
    );
    expect(lines).toContain(
      '  heading "Leverage", paragraph 2: Capex was {{ AMZN.capex.FY2025 | usd_bn }} [-last year.-]{+in 2025.+}',
    );
  });
});

describe('diffVersions: text', () => {
  it('diffs an edited paragraph word by word and shows added and removed blocks', () => {
    const a = memoOf('One two three.\n\nGone paragraph.\n\nKept.');
    const b = memoOf('One four three.\n\nKept.\n\nNew paragraph.');
    const diff = diffVersions({ memo: a, snapshot: null }, { memo: b, snapshot: null });
    const lines = diffReportLines(diff, 'version 1', 'version 2');
    expect(lines.slice(-4)).toEqual([
      'Text changed: 3 blocks',
      '  paragraph 1: One [-two-]{+four+} three.',
      '  paragraph 2: [-Gone paragraph.-]',
      '  paragraph 3: {+New paragraph.+}',
    ]);
  });

  it('reports a changed title', () => {
    const a = memoOf('---\ntitle: Old\n---\n\nBody.');
    const b = memoOf('---\ntitle: New\n---\n\nBody.');
    const diff = diffVersions({ memo: a, snapshot: null }, { memo: b, snapshot: null });
    expect(diff.blocks[0]).toMatchObject({ status: 'changed', place: 'memo title' });
    expect(diff.textChanges).toBe(1);
  });
});

describe('factNumber', () => {
  it('groups whole numbers and keeps decimals', () => {
    expect(factNumber(3_400_000_000)).toBe('3,400,000,000');
    expect(factNumber(0.202)).toBe('0.202');
    expect(factNumber(-1234.5)).toBe('-1,234.5');
  });
});
