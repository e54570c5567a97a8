import { describe, expect, it } from 'vitest';
import { exportMemoPdf } from '../../../app/backend/export/exportMemoPdf';
import { evaluateMemo } from '../../../shared/memo/evaluateMemo';
import { bullets, h, memo, numbered, p, pageBreak, quote, text } from './memoBuilders';
import { flat, usePdfTools } from './openedPdfs';

const open = usePdfTools();

const blocks = memo(
  { title: 'Blocks' },
  h(1, 'Lists'),
  numbered(
    'First point.',
    ['Second point.', numbered('Nested one.', 'Nested two.')],
    'Third point.',
  ),
  bullets('A bullet.', ['Another.', bullets('Deeper.')]),
  quote(p('Quoted ', text('words', 'bold'), '.'), p('A second quoted paragraph.')),
  pageBreak(),
  h(2, 'After the break'),
  p(
    text('Bold', 'bold'),
    ', ',
    text('italic', 'italic'),
    ' and ',
    text('underlined', 'underline'),
    ' text.',
  ),
);

describe('blocks in the exported PDF', () => {
  it('numbers lists, with letters at the second level, and bullets them', async () => {
    const text = open(await exportMemoPdf(blocks, evaluateMemo(blocks, []))).text(1, true);
    const lines = text.split('\n').map((l) => l.trim());
    expect(lines).toContain('1. First point.');
    expect(lines).toContain('2. Second point.');
    expect(lines).toContain('a. Nested one.');
    expect(lines).toContain('b. Nested two.');
    expect(lines).toContain('3. Third point.');
    expect(lines).toContain('• A bullet.');
    expect(lines).toContain('– Deeper.');
  });

  it('indents nested items further than their parents', async () => {
    const words = open(await exportMemoPdf(blocks, evaluateMemo(blocks, []))).words();
    const x = (word: string): number => words.find((w) => w.text === word)!.xMin;
    expect(x('Nested')).toBeGreaterThan(x('First') + 10);
    expect(x('Deeper.')).toBeGreaterThan(x('Another.') + 10);
    expect(x('Quoted')).toBeGreaterThan(x('Lists') + 10);
  });

  it('starts a new page at a page break', async () => {
    const pdf = open(await exportMemoPdf(blocks, evaluateMemo(blocks, [])));
    expect(pdf.pageCount()).toBe(2);
    expect(pdf.text(1)).not.toContain('After the break');
    expect(flat(pdf.text(2))).toContain('After the break Bold, italic and underlined text.');
  });
});
