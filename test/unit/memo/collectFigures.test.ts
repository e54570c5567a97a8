import { describe, expect, it } from 'vitest';
import { collectFigures } from '../../../shared/memo/collectFigures';
import { markdownToMemo } from '../../../shared/memo/markdownToMemo';
import type { DocNode } from '../../../shared/memo/memoTypes';

function docOf(markdown: string): DocNode {
  const read = markdownToMemo(markdown);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.memo.doc;
}

describe('collectFigures', () => {
  it('lists every figure in document order with a place people can find', () => {
    const doc = docOf(
      [
        'Intro {{ a }}.',
        '',
        '# Capital at unprecedented scale',
        '',
        'First.',
        '',
        'Second {{ b | 0% }} and {{ c }}.',
        '',
        '| k | v |',
        '| --- | --- |',
        '| x | {{ d | x1 }} |',
        '',
        '- one',
        '- two {{ e }}',
        '  - nested {{ f }}',
        '',
        '> quoted',
        '>',
        '> quoted {{ g }}',
        '',
        '## Sub {{ h }}',
        '',
        'Footnote figures are text[^1] {{ i }}',
        '',
        '[^1]: {{ not.a.figure }}',
      ].join('\n'),
    );
    expect(
      collectFigures(doc).map(({ index, expr, format, place }) => [index, expr, format, place]),
    ).toEqual([
      [1, 'a', '', 'paragraph 1'],
      [2, 'b', '0%', 'heading "Capital at unprecedented scale", paragraph 2'],
      [3, 'c', '', 'heading "Capital at unprecedented scale", paragraph 2'],
      [4, 'd', 'x1', 'heading "Capital at unprecedented scale", table 1, row 2, column 2'],
      [5, 'e', '', 'heading "Capital at unprecedented scale", list 1, item 2'],
      [6, 'f', '', 'heading "Capital at unprecedented scale", list 1, item 2.1'],
      [7, 'g', '', 'heading "Capital at unprecedented scale", quote 1, paragraph 2'],
      [8, 'h', '', 'heading "Sub {{ h }}"'],
      [9, 'i', '', 'heading "Sub {{ h }}", paragraph 1'],
    ]);
  });

  it('gives each figure its JSON path in the memo', () => {
    const doc = docOf('x\n\n| a |\n| --- |\n| {{ y }} |');
    expect(collectFigures(doc)[0]?.path).toBe(
      'doc.content[1].content[1].content[0].content[0].content[0]',
    );
  });
});
