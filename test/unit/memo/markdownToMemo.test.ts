import { describe, expect, it } from 'vitest';
import { markdownToMemo } from '../../../shared/memo/markdownToMemo';
import type { BlockNode, Memo } from '../../../shared/memo/memoTypes';

function read(markdown: string): Memo {
  const result = markdownToMemo(markdown);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.memo;
}

function blocks(markdown: string): BlockNode[] {
  return read(markdown).doc.content;
}

describe('markdownToMemo', () => {
  it('reads front matter into the title block; no front matter leaves it empty', () => {
    const memo = read(
      '---\ntitle: "Q3: results"\nsubtitle: Draft\nauthor: Research\ndate: 2026-01-30\n---\n\nText.',
    );
    expect(memo.meta).toEqual({
      title: 'Q3: results',
      subtitle: 'Draft',
      author: 'Research',
      date: '2026-01-30',
    });
    expect(read('Text.').meta).toEqual({ title: '', author: '', date: '', subtitle: '' });
  });

  it('reads {{ expr }} and {{ expr | format }} figures in text, with the | of the figure not splitting a table cell', () => {
    expect(
      blocks('Capex was {{ AMZN.capex.FY2025 | usd_billion }}, share {{ capex_share }}.'),
    ).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Capex was ' },
          { type: 'figure', attrs: { expr: 'AMZN.capex.FY2025', format: 'usd_billion' } },
          { type: 'text', text: ', share ' },
          { type: 'figure', attrs: { expr: 'capex_share', format: '' } },
          { type: 'text', text: '.' },
        ],
      },
    ]);
    const [table] = blocks('| a | b |\n| --- | --- |\n| {{ x | #,##0;(#,##0) }} | t \\| u |');
    expect(table).toEqual({
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableHeader',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a' }] }],
            },
            {
              type: 'tableHeader',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'b' }] }],
            },
          ],
        },
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableCell',
              content: [
                {
                  type: 'paragraph',
                  content: [{ type: 'figure', attrs: { expr: 'x', format: '#,##0;(#,##0)' } }],
                },
              ],
            },
            {
              type: 'tableCell',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 't | u' }] }],
            },
          ],
        },
      ],
    });
  });

  it('keeps a figure that cannot parse as a figure with its text, never losing it', () => {
    const [paragraph] = blocks('Bad {{ 1 + * }} and {{ }} and {{ a | b | c }}; {{ not closed');
    expect(paragraph).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Bad ' },
        { type: 'figure', attrs: { expr: '1 + *', format: '' } },
        { type: 'text', text: ' and ' },
        { type: 'figure', attrs: { expr: '', format: '' } },
        { type: 'text', text: ' and ' },
        { type: 'figure', attrs: { expr: 'a | b', format: 'c' } },
        { type: 'text', text: '; {{ not closed' },
      ],
    });
  });

  it('reads ```calc fences as calc blocks and other code as literal text', () => {
    expect(blocks('```calc\nx = 1\n# note\n```\n\n```js\nlet y;\n```')).toEqual([
      { type: 'calcBlock', content: [{ type: 'text', text: 'x = 1\n# note' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: '```js' },
          { type: 'hardBreak' },
          { type: 'text', text: 'let y;' },
          { type: 'hardBreak' },
          { type: 'text', text: '```' },
        ],
      },
    ]);
  });

  it('reads bold, italic, <u> underline, links and nested lists, marks as a set per node', () => {
    const [paragraph, list] = blocks(
      '**b *bi*** <u>u</u> [l](https://x.y/a_(b))\n\n- one\n  1. inner\n- two',
    );
    expect(paragraph).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'b ', marks: [{ type: 'bold' }] },
        { type: 'text', text: 'bi', marks: [{ type: 'bold' }, { type: 'italic' }] },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'u', marks: [{ type: 'underline' }] },
        { type: 'text', text: ' ' },
        {
          type: 'text',
          text: 'l',
          marks: [{ type: 'link', attrs: { href: 'https://x.y/a_(b)' } }],
        },
      ],
    });
    expect(list).toEqual({
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'one' }] },
            {
              type: 'orderedList',
              content: [
                {
                  type: 'listItem',
                  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'inner' }] }],
                },
              ],
            },
          ],
        },
        {
          type: 'listItem',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'two' }] }],
        },
      ],
    });
  });

  it('leaves raw HTML and links to other schemes as literal text', () => {
    const [paragraph] = blocks('<script>alert(1)</script> [x](javascript:alert(1)) <span>s</span>');
    expect(paragraph).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: '<script>alert(1)</script> [x](javascript:alert(1)) <span>s</span>' },
      ],
    });
  });

  it('reads footnotes [^1] and ^[inline] as footnote nodes holding their plain text', () => {
    const result = markdownToMemo(
      'Claim[^a] and more^[Inline **note**.]\n\n[^a]: See [the filing](https://sec.gov/x).\n[^unused]: Never cited.',
    );
    expect(result.ok && result.memo.doc.content).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Claim' },
          { type: 'footnote', attrs: { text: 'See the filing (https://sec.gov/x).' } },
          { type: 'text', text: ' and more' },
          { type: 'footnote', attrs: { text: 'Inline note.' } },
        ],
      },
    ]);
    expect(result.ok && result.warnings).toEqual([
      {
        where: 'footnote [^unused]',
        what: 'this footnote is defined but never referenced, so it is not in the memo',
      },
    ]);
  });

  it('reads page breaks, hard breaks, block quotes, and headings deeper than 4 as level 4', () => {
    expect(blocks('<!-- pagebreak -->\n\n\\pagebreak\n\na\\\nb<br>c\n\n> q\n\n##### five')).toEqual(
      [
        { type: 'pageBreak' },
        { type: 'pageBreak' },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'a' },
            { type: 'hardBreak' },
            { type: 'text', text: 'b' },
            { type: 'hardBreak' },
            { type: 'text', text: 'c' },
          ],
        },
        {
          type: 'blockquote',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'q' }] }],
        },
        { type: 'heading', attrs: { level: 4 }, content: [{ type: 'text', text: 'five' }] },
      ],
    );
  });

  it('gives an empty document one empty paragraph, and accepts CRLF line ends and a BOM', () => {
    expect(blocks('')).toEqual([{ type: 'paragraph' }]);
    expect(read('\uFEFF---\r\ntitle: T\r\n---\r\n\r\n# H\r\n')).toEqual({
      meta: { title: 'T', author: '', date: '', subtitle: '' },
      doc: {
        type: 'doc',
        content: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'H' }] }],
      },
    });
  });

  it('reports bad front matter with its line: unknown key, bad date, not text, YAML error, never closed', () => {
    expect(markdownToMemo('---\ntitle: T\ntags: [a]\ndate: 30/01/2026\nauthor: 12\n---\n')).toEqual(
      {
        ok: false,
        problems: [
          {
            where: 'line 3',
            what: 'front matter: unknown key "tags" (expected title, author, date or subtitle)',
          },
          {
            where: 'line 4',
            what: 'front matter: date must be a date written YYYY-MM-DD, not "30/01/2026"',
          },
          { where: 'line 5', what: 'front matter: "author" must be text; quote it: author: "12"' },
        ],
      },
    );
    const yamlError = markdownToMemo('---\ntitle: a: b\n---\n');
    expect(yamlError.ok ? [] : yamlError.problems.map((p) => p.where)).toEqual(['line 2']);
    expect(markdownToMemo('---\ntitle: T\n')).toEqual({
      ok: false,
      problems: [
        {
          where: 'line 1',
          what: 'the front matter opened by "---" is never closed by another "---"',
        },
      ],
    });
  });

  it('reports a character a memo cannot hold with its line', () => {
    expect(markdownToMemo('ok\n\nbad \u0001 char')).toEqual({
      ok: false,
      problems: [
        {
          where: 'line 3 (doc.content[1].content[0].text)',
          what: 'holds the control character U+0001 at offset 4',
        },
      ],
    });
  });
});
