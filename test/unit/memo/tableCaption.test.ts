import { describe, expect, it } from 'vitest';
import { markdownToMemo } from '../../../shared/memo/markdownToMemo';
import { memoToMarkdown } from '../../../shared/memo/memoToMarkdown';
import type { BlockNode, Memo, TableNode } from '../../../shared/memo/memoTypes';
import { validateMemo } from '../../../shared/memo/validateMemo';

const noMeta = { title: '', author: '', date: '', subtitle: '' };
const memoOf = (...content: BlockNode[]): Memo => ({ meta: noMeta, doc: { type: 'doc', content } });
const text = (value: string): BlockNode => ({
  type: 'paragraph',
  content: [{ type: 'text', text: value }],
});
const grid: TableNode['content'] = [
  {
    type: 'tableRow',
    content: [
      {
        type: 'tableHeader',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Case' }] }],
      },
    ],
  },
  {
    type: 'tableRow',
    content: [
      {
        type: 'tableCell',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Base' }] }],
      },
    ],
  },
];
const table = (attrs?: TableNode['attrs']): TableNode =>
  attrs ? { type: 'table', attrs, content: grid } : { type: 'table', content: grid };

function read(markdown: string): BlockNode[] {
  const result = markdownToMemo(markdown);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.memo.doc.content;
}

function roundTrip(memo: Memo): string {
  const markdown = memoToMarkdown(memo);
  const back = markdownToMemo(markdown);
  expect(back.ok ? back.memo : back.problems, markdown).toEqual(memo);
  return markdown;
}

const GRID = '| Case |\n| --- |\n| Base |';

describe('table captions in memo Markdown', () => {
  it('reads `Table:` before a table as its title and `Source:` after it as its source line', () => {
    expect(read(`Table: Returns by case\n\n${GRID}\n\nSource: company filings`)).toEqual([
      table({ title: 'Returns by case', source: 'company filings' }),
    ]);
  });

  it('writes title and source around the table and reads them back', () => {
    const markdown = roundTrip(
      memoOf(table({ title: 'Returns *by* case', source: 'Filings | 2025' })),
    );
    expect(markdown).toBe(`Table: Returns \\*by\\* case\n\n${GRID}\n\nSource: Filings \\| 2025\n`);
  });

  it('keeps a table with only a source line', () => {
    const markdown = roundTrip(memoOf(text('Intro.'), table({ source: 'Desk estimates' })));
    expect(markdown).toBe(`Intro.\n\n${GRID}\n\nSource: Desk estimates\n`);
  });

  it('leaves a `Table:` paragraph not followed by a table an ordinary paragraph', () => {
    expect(read('Table: nothing follows\n\nJust text.')).toEqual([
      text('Table: nothing follows'),
      text('Just text.'),
    ]);
    expect(read(`Table: far away\n\n# Heading\n\n${GRID}`)[0]).toEqual(text('Table: far away'));
  });

  it('leaves `Source:` before a table, or after a heading, a paragraph', () => {
    expect(read(`Source: early\n\n${GRID}`)).toEqual([text('Source: early'), table()]);
  });

  it('keeps a caption-looking paragraph with marks a paragraph (a caption is plain text)', () => {
    const blocks = read(`Table: **bold** title\n\n${GRID}`);
    expect(blocks[0]?.type).toBe('paragraph');
    expect(blocks[1]).toEqual(table());
  });

  it('escapes a paragraph that would read back as a caption', () => {
    const memo = memoOf(
      text('Table: not a title'),
      table({ source: 'Real source' }),
      text('Source: not the source'),
      text('Table: also plain'),
    );
    const markdown = roundTrip(memo);
    expect(markdown).toContain('Table\\: not a title');
    expect(markdown).toContain('Source\\: not the source');
    expect(markdown).toContain('\nTable: also plain');
  });

  it('reads captions around a table inside a block quote', () => {
    roundTrip(
      memoOf({ type: 'blockquote', content: [table({ title: 'Quoted', source: 'There' })] }),
    );
  });
});

describe('table captions in the model', () => {
  const problems = (attrs: unknown): string[] => {
    const result = validateMemo({
      meta: noMeta,
      doc: { type: 'doc', content: [{ type: 'table', attrs, content: grid }] },
    });
    return result.ok ? [] : result.problems.map((p) => `${p.where}: ${p.what}`);
  };

  it('accepts a title and a source line', () => {
    expect(problems({ title: 'Returns', source: 'Filings' })).toEqual([]);
  });

  it('refuses empty, multi-line, padded, too long or unknown captions, with their place', () => {
    expect(problems({ title: '' })).toEqual([
      'doc.content[0].attrs.title: a table title is empty (leave the key out for no caption)',
    ]);
    expect(problems({ source: 'a\nb' })[0]).toMatch(/^doc\.content\[0\]\.attrs\.source: .*U\+000A/);
    expect(problems({ title: ' x' })).toEqual([
      'doc.content[0].attrs.title: a table title has spaces at its start or end',
    ]);
    expect(problems({ title: 'x'.repeat(501) })[0]).toMatch(/501 characters long/);
    expect(problems({ title: 3 })[0]).toMatch(/must be text/);
    expect(problems({ caption: 'x' })[0]).toMatch(/unknown key "caption"/);
  });
});
