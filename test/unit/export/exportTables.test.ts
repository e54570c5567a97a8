import { describe, expect, it } from 'vitest';
import { exportMemoPdf } from '../../../app/backend/export/exportMemoPdf';
import { evaluateMemo } from '../../../shared/memo/evaluateMemo';
import { companyRevenues } from '../../support/testFact';
import { fig, h, memo, p, table } from './memoBuilders';
import { flat, usePdfTools } from './openedPdfs';

const open = usePdfTools();

const facts = companyRevenues(90);

const longTable = memo(
  { title: 'Coverage universe' },
  h(1, 'Revenue by company'),
  p('Every company we cover, with its revenue for the fiscal year.'),
  table(
    ['Company', 'Sector', 'Revenue FY2025'],
    ...facts.map((f, i) => [
      `Company number ${i + 1}`,
      i % 2 ? 'Software' : 'Semiconductors',
      [fig(`${f.entity}.revenue.FY2025`, '#,##0')],
    ]),
  ),
  p('After the table.'),
);

describe('tables in the exported PDF', () => {
  it('spans pages with the header row repeated on each, and never splits a row', async () => {
    const evaluation = evaluateMemo(longTable, facts);
    const pdf = open(await exportMemoPdf(longTable, evaluation));
    const pages = pdf.pageCount();
    expect(pages).toBeGreaterThanOrEqual(3);
    const rowPages = new Map<number, number>();
    for (let page = 1; page <= pages; page++) {
      const text = flat(pdf.text(page, true));
      expect(text, `page ${page}`).toMatch(/Company Sector Revenue FY2025/);
      for (let i = 1; i <= 90; i++) {
        const row = new RegExp(
          `Company number ${i} (Software|Semiconductors) ${evaluation.figures[i - 1]!.display.replace(/[$]/g, '\\$&')}(\\s|$)`,
        );
        if (row.test(text)) rowPages.set(i, page);
      }
    }
    // Every row appears whole (all three cells on one line) on some page, in order.
    expect([...rowPages.keys()].sort((a, b) => a - b)).toEqual(
      Array.from({ length: 90 }, (_, i) => i + 1),
    );
    const order = [...rowPages.entries()].sort((a, b) => a[0] - b[0]).map(([, page]) => page);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('right-aligns numbers: every figure in a column ends at the same x', async () => {
    const evaluation = evaluateMemo(longTable, facts);
    const words = open(await exportMemoPdf(longTable, evaluation)).words();
    const displays = new Set(evaluation.figures.map((f) => f.display));
    const ends = words.filter((w) => displays.has(w.text)).map((w) => w.xMax);
    expect(ends.length).toBeGreaterThan(80);
    expect(Math.max(...ends) - Math.min(...ends)).toBeLessThan(0.6);
    // The text column is left-aligned: its cells start at the same x.
    const starts = words.filter((w) => w.text === 'Company').map((w) => w.xMin);
    expect(Math.max(...starts) - Math.min(...starts)).toBeLessThan(0.6);
  });

  it('aligns a number column on the decimal point, whatever the decimals and suffix', async () => {
    const multiples = memo(
      { title: 'Multiples' },
      table(
        ['Multiple', 'Value'],
        ['EV/Revenue', '3.83x'],
        ['EV/EBITDA', '19.3x'],
        ['Count', '12'],
        ['Margin', '7.125%'],
      ),
    );
    const words = open(await exportMemoPdf(multiples, evaluateMemo(multiples, []))).words();
    const cells = ['3.83x', '19.3x', '12', '7.125%'].map(
      (text) => words.find((w) => w.text === text)!,
    );
    for (const cell of cells) expect(cell).toBeDefined();
    // Where each one's point (or, for 12, its last digit) falls: the same x in every row.
    const points = cells.map((w) => {
      const share =
        (w.text.search(/\.|$/) === w.text.length
          ? w.text.replace(/\D+$/, '').length
          : w.text.indexOf('.')) / w.text.length;
      return w.xMin + (w.xMax - w.xMin) * share;
    });
    // Tabular figures: equal advance per digit, so the share of the width locates the point to
    // within a fraction of a character (the suffixes x and % are not digit-wide).
    expect(Math.max(...points) - Math.min(...points)).toBeLessThan(2.5);
    // Right-aligned alone they would spread by the widest decimals (.125% against 12).
    const ends = cells.map((w) => w.xMax);
    expect(Math.max(...ends) - Math.min(...ends)).toBeGreaterThan(8);
  });
});
