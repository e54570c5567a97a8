import { describe, expect, it } from 'vitest';
import { exportMemoPdf } from '../../../app/backend/export/exportMemoPdf';
import { evaluateMemo } from '../../../shared/memo/evaluateMemo';
import type { BlockNode, Memo } from '../../../shared/memo/memoTypes';
import { bullets, h, memo, note, p, pageBreak, quote, table } from './memoBuilders';
import { flat, usePdfTools } from './openedPdfs';

const open = usePdfTools();
const exported = async (m: Memo): Promise<ReturnType<typeof open>> =>
  open(await exportMemoPdf(m, evaluateMemo(m, [])));

describe('unusual memos', () => {
  it('exports an empty memo as one page with its title block', async () => {
    const pdf = await exported({
      meta: { title: '', author: '', date: '', subtitle: '' },
      doc: { type: 'doc', content: [] },
    });
    expect(pdf.pageCount()).toBe(1);
    expect(pdf.text()).toContain('Untitled memo');
  });

  it('makes no blank pages from repeated or trailing page breaks', async () => {
    const pdf = await exported(
      memo(
        { title: 'Breaks' },
        pageBreak(),
        p('One.'),
        pageBreak(),
        pageBreak(),
        p('Two.'),
        pageBreak(),
      ),
    );
    // The title block keeps page 1 (a title page); then one page each.
    expect(pdf.pageCount()).toBe(3);
    expect(pdf.text(2)).toContain('One.');
    expect(pdf.text(3)).toContain('Two.');
  });

  it('cuts a word longer than the line rather than running off the page', async () => {
    const long = 'x'.repeat(400);
    const pdf = await exported(memo({ title: 'Long word' }, p(long)));
    expect(flat(pdf.text()).replace(/\s/g, '')).toContain(long);
    for (const word of pdf.words()) expect(word.xMax).toBeLessThanOrEqual(595.28 - 60);
  });

  it('continues a table row taller than a page on the next page, and goes on', async () => {
    const tall = Array.from({ length: 400 }, (_, i) => `line ${i + 1}`).join(' ');
    const pdf = await exported(
      memo(
        { title: 'Tall row' },
        table(['A', 'B'], ['short', 'row'], ['tall', tall], ['after', 'row']),
        p('The end.'),
      ),
    );
    const text = flat(pdf.text());
    // Every line of the tall cell is there, and none is drawn over the footer.
    for (let i = 1; i <= 400; i++) expect(text).toContain(`line ${i} `);
    for (const word of pdf.words())
      if (/^line$/.test(word.text)) expect(word.yMin).toBeLessThan(841.89 - 66);
    expect(text).toContain('short row');
    expect(text).toContain('after row');
    expect(text).toContain('The end.');
  });

  it('handles footnotes in table cells and quotes inside lists', async () => {
    const blocks: BlockNode[] = [
      table(['Item', 'Note'], ['first', ['see', note('A note from a table cell.')]]),
      bullets([p('Item with a quote:'), quote(p('Quoted inside a list.'))]),
      h(4, 'A small heading'),
      p('Last paragraph.'),
    ];
    const pdf = await exported(memo({ title: 'Mixed' }, ...blocks));
    const text = flat(pdf.text());
    expect(text).toContain('A note from a table cell.');
    expect(text).toContain('Quoted inside a list.');
    expect(text).toContain('A small heading');
  });

  it('refuses an evaluation made for another memo, saying so', async () => {
    const a = memo({ title: 'A' }, p('x'));
    const b = memo(
      { title: 'B' },
      p('y ', { type: 'figure', attrs: { expr: '1 + 1', format: '' } }),
    );
    await expect(exportMemoPdf(b, evaluateMemo(a, []))).rejects.toThrow(/evaluate the memo again/);
  });
});
