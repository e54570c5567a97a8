import { describe, expect, it } from 'vitest';
import { exportMemoPdf } from '../../../app/backend/export/exportMemoPdf';
import { articleFacts, articleMemo } from './articleMemo';
import { evaluateMemo } from '../../../shared/memo/evaluateMemo';
import { flat, usePdfTools } from './openedPdfs';

const open = usePdfTools();
const evaluation = evaluateMemo(articleMemo, articleFacts);

describe('the figure ledger', () => {
  it('lists every figure in order with its value, expression and the facts it reads', async () => {
    const pdf = open(await exportMemoPdf(articleMemo, evaluation, { ledger: true }));
    const pages = pdf.pageCount();
    const ledgerPage = Array.from({ length: pages }, (_, i) => i + 1).find((n) =>
      pdf.text(n).includes('Appendix: figure ledger'),
    );
    expect(ledgerPage).toBeDefined();
    const ledger = flat(
      Array.from({ length: pages - ledgerPage! + 1 }, (_, i) =>
        pdf.text(ledgerPage! + i, true),
      ).join(' '),
    );
    let at = 0;
    const firstUses = evaluation.figures.filter(
      (figure, i) =>
        evaluation.figures.findIndex(
          (other) =>
            other.expr === figure.expr &&
            other.format === figure.format &&
            other.display === figure.display &&
            other.scenario === figure.scenario,
        ) === i,
    );
    for (const figure of firstUses) {
      const row = `${figure.index} ${figure.display} ${figure.expr.slice(0, 12)}`;
      const found = ledger.indexOf(row, at);
      expect(found, row).toBeGreaterThan(-1);
      at = found;
    }
    // Facts with their exact stored value, source and as-of date; variables with their formula.
    expect(ledger).toContain('AMZN.capex.FY2025 = $125,000,000,000');
    expect(ledger).toContain('AMZN.ev_revenue = 3.83x');
    expect(ledger).toContain('AMZN.aws_revenue_growth_yoy.Q3_2025 = 20.2%');
    expect(ledger).toContain('amazon-openai-article.txt · as of 2026-01-30');
    // The expression column, read on its own: variables appear with their formula and value.
    const words = pdf.words().filter((w) => w.page === ledgerPage);
    const from = words.find((w) => w.text === 'Expression')!.xMin;
    const to = words.find((w) => w.text === 'Facts')!.xMin;
    const column = words
      .filter((w) => w.xMin >= from - 1 && w.xMin < to - 1)
      .sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin)
      .map((w) => w.text)
      .join('');
    expect(column).toContain('capex_share=OPENAI_ROUND.amazon_commitment/AMZN.capex.FY2025→0.4');
  });

  it('groups repeats of the same figure into one row, used N times, linking to each place', async () => {
    const pdf = open(await exportMemoPdf(articleMemo, evaluation, { ledger: true }));
    const repeated = evaluation.figures.filter(
      (f) => f.expr === evaluation.figures[0]!.expr && f.display === evaluation.figures[0]!.display,
    );
    expect(repeated.length).toBeGreaterThan(1);
    const text = flat(pdf.text());
    expect(text).toContain(
      `used ${repeated.length} times: ${repeated.map((f) => f.index).join(', ')}`,
    );
    // The repeat has no row of its own: its number is not followed by its value in the ledger.
    const ledger = text.slice(text.indexOf('Appendix: figure ledger'));
    const second = repeated[1]!;
    expect(ledger).not.toContain(`${second.index} ${second.display} ${second.expr.slice(0, 12)}`);
    // Every use links to the row, and the row to every use.
    const raw = pdf.raw();
    for (const f of repeated) {
      expect(raw).toMatch(new RegExp(`\\(ledger-${f.index}\\) \\[\\d+ 0 R /XYZ`));
      expect(raw).toContain(`/D (figure-${f.index})`);
    }
  });

  it('links each figure in the text to its ledger row, and each row back', async () => {
    const raw = open(await exportMemoPdf(articleMemo, evaluation, { ledger: true })).raw();
    for (const figure of evaluation.figures) {
      expect(raw).toContain(`/D (ledger-${figure.index})`);
      expect(raw).toContain(`/D (figure-${figure.index})`);
      expect(raw).toContain(`(ledger-${figure.index})`);
    }
    // Both ends are named destinations on a page.
    expect(raw).toMatch(/\(ledger-1\) \[\d+ 0 R \/XYZ/);
    expect(raw).toMatch(/\(figure-1\) \[\d+ 0 R \/XYZ/);
  });

  it('is left out, with its links, unless asked for', async () => {
    const pdf = open(await exportMemoPdf(articleMemo, evaluation));
    expect(pdf.text()).not.toContain('figure ledger');
    expect(pdf.raw()).not.toContain('(ledger-1)');
  });
});
