import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportMemoPdf } from '../../../app/backend/export/exportMemoPdf';
import type { TableNode } from '../../../shared/memo/memoTypes';
import { evaluateMemo } from '../../../shared/memo/evaluateMemo';
import { companyRevenues } from '../../support/testFact';
import { fig, h, memo, p, table } from './memoBuilders';
import { flat, usePdfTools } from './openedPdfs';

const open = usePdfTools();

const captioned = (attrs: TableNode['attrs'], grid: TableNode): TableNode => ({ ...grid, attrs });

const facts = companyRevenues(70);

const small = memo(
  { title: 'Captions' },
  h(1, 'Returns'),
  p('Before the table.'),
  captioned(
    { title: 'Returns by case', source: 'company filings, desk estimates' },
    table(['Case', 'IRR'], ['Base', '14%'], ['Bull', '21%']),
  ),
  p('After the table.'),
);

describe('table titles and source lines in the PDF', () => {
  it('prints the title above the table and the source line below it', async () => {
    const bytes = await exportMemoPdf(small, evaluateMemo(small, []));
    if (process.env.CAPTION_PDF) writeFileSync(process.env.CAPTION_PDF, bytes);
    const pdf = open(bytes);
    const text = flat(pdf.text());
    expect(text).toMatch(
      /Before the table\. Returns by case Case IRR Base 14% Bull 21% Source: company filings, desk estimates After the table\./,
    );
  });

  it('tags title and source as Caption, the first and the last child of the Table', async () => {
    const pdf = open(await exportMemoPdf(small, evaluateMemo(small, [])));
    const tree = pdf.structText();
    const table = /^(\s*)Table\b.*$/m.exec(tree);
    expect(table, tree).not.toBeNull();
    const indent = table![1]!.length;
    const children: string[] = [];
    for (const line of tree.slice(table!.index + table![0].length + 1).split('\n')) {
      const depth = /^\s*/.exec(line)![0].length;
      if (line.trim() === '' || depth <= indent) break;
      children.push(line);
    }
    const direct = children.filter(
      (l) =>
        /^\s*/.exec(l)![0].length === Math.min(...children.map((c) => /^\s*/.exec(c)![0].length)),
    );
    const roles = direct.map((l) => /^\s*([A-Za-z]+)/.exec(l)![1]);
    expect(roles).toEqual(['Caption', 'TR', 'TR', 'TR', 'Caption']);
    const captionText = children.join('\n');
    expect(captionText).toContain('Returns by case');
    expect(captionText).toContain('company filings');
  });

  it('never leaves a title alone at the bottom of a page', async () => {
    // Page 1 holds the heading and 27 filler paragraphs: these counts put the title in its last lines.
    for (const fillers of [25, 26, 27, 28, 29]) {
      const m = memo(
        { title: 'Orphans' },
        h(1, 'Coverage'),
        ...Array.from({ length: fillers }, (_, i) => p(`Filler line ${i + 1}.`)),
        captioned(
          { title: 'Revenue by company' },
          table(['Company', 'Revenue'], ...Array.from({ length: 6 }, (_, i) => [`Co ${i}`, '1'])),
        ),
      );
      const pdf = open(await exportMemoPdf(m, evaluateMemo(m, [])));
      const page = [1, 2].find((n) => flat(pdf.text(n)).includes('Revenue by company'));
      expect(flat(pdf.text(page)), `${fillers} fillers`).toMatch(
        /Revenue by company Company Revenue Co 0 1/,
      );
    }
  });

  it('keeps the title with the table and repeats it as "(continued)" on the next page', async () => {
    const long = memo(
      { title: 'Long' },
      h(1, 'Coverage'),
      ...Array.from({ length: 37 }, (_, i) => p(`Filler line ${i + 1}.`)),
      captioned(
        { title: 'Revenue by company', source: 'filings' },
        table(
          ['Company', 'Revenue FY2025'],
          ...facts.map((f, i) => [
            `Company ${i + 1}`,
            [fig(`${f.entity}.revenue.FY2025`, '#,##0')],
          ]),
        ),
      ),
    );
    const bytes = await exportMemoPdf(long, evaluateMemo(long, facts));
    if (process.env.CAPTION_LONG_PDF) writeFileSync(process.env.CAPTION_LONG_PDF, bytes);
    const pdf = open(bytes);
    const pages = pdf.pageCount();
    expect(pages).toBeGreaterThanOrEqual(3);
    // Wherever the title is, the header row follows it on the same page.
    const titlePage = [...Array(pages).keys()]
      .map((i) => i + 1)
      .find((page) => /Revenue by company(?! \(continued\))/.test(flat(pdf.text(page))));
    expect(titlePage).toBeDefined();
    expect(flat(pdf.text(titlePage))).toMatch(
      /Revenue by company Company Revenue FY2025 Company 1 /,
    );
    for (let page = titlePage! + 1; page <= pages; page++) {
      expect(flat(pdf.text(page)), `page ${page}`).toMatch(
        /^.*Revenue by company \(continued\) Company Revenue FY2025/,
      );
    }
    expect(flat(pdf.text(pages))).toMatch(/Company 70 \S+ Source: filings/);
    // The repeated title is an artifact: the structure holds the title once.
    expect(pdf.structText()).not.toContain('(continued)');
  });
});
