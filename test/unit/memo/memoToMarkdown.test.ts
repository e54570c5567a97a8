import { describe, expect, it } from 'vitest';
import { markdownToMemo } from '../../../shared/memo/markdownToMemo';
import { memoToMarkdown } from '../../../shared/memo/memoToMarkdown';
import type { BlockNode, InlineNode, Memo } from '../../../shared/memo/memoTypes';

const noMeta = { title: '', author: '', date: '', subtitle: '' };

function memoOf(content: BlockNode[], meta = noMeta): Memo {
  return { meta, doc: { type: 'doc', content } };
}

function paragraph(...content: InlineNode[]): BlockNode {
  return { type: 'paragraph', content };
}

/** Writes the memo, reads it back, and insists on getting exactly the memo again. */
function roundTrip(memo: Memo): string {
  const markdown = memoToMarkdown(memo);
  const back = markdownToMemo(markdown);
  expect(back.ok ? back.memo : back.problems, markdown).toEqual(memo);
  return markdown;
}

describe('memoToMarkdown', () => {
  it('escapes Markdown-special characters in text so they read back as the same text', () => {
    const text = '*a* _b_ `c` [d](e) | {{ f }} # g <u>h</u> \\ & &amp; ~i~ 1. x^ !';
    const markdown = roundTrip(memoOf([paragraph({ type: 'text', text })]));
    expect(markdown).toBe(
      '\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\| \\{\\{ f \\}\\} # g \\<u>h\\</u> \\\\ & \\&amp; \\~i\\~ 1. x^ \\!\n',
    );
  });

  it('keeps text that would start a block (heading, list, quote, page break) a paragraph', () => {
    for (const text of [
      '# not a heading',
      '- not a list',
      '12. not a list',
      '> not a quote',
      '<!-- pagebreak -->',
      '\\pagebreak',
      '---',
      '    four spaces',
      ' edge spaces ',
    ]) {
      roundTrip(memoOf([paragraph({ type: 'text', text })]));
    }
  });

  it('writes text newlines and tabs as character references', () => {
    expect(roundTrip(memoOf([paragraph({ type: 'text', text: 'a\tb\nc' })]))).toBe(
      'a&#9;b&#10;c\n',
    );
  });

  it('writes bold and italic as ** and *, and as <b>/<i> where Markdown would read the markers differently', () => {
    const bold = [{ type: 'bold' as const }];
    expect(
      roundTrip(
        memoOf([
          paragraph({ type: 'text', text: 'Amazon', marks: bold }, { type: 'text', text: ' is' }),
        ]),
      ),
    ).toBe('**Amazon** is\n');
    expect(
      roundTrip(
        memoOf([
          paragraph({ type: 'text', text: 'Amazon ', marks: bold }, { type: 'text', text: 'is' }),
        ]),
      ),
    ).toBe('<b>Amazon </b>is\n');
    expect(
      roundTrip(
        memoOf([
          paragraph(
            { type: 'text', text: 'grew ' },
            {
              type: 'figure',
              attrs: { expr: 'g', format: '0%' },
              marks: [{ type: 'bold' }, { type: 'underline' }],
            },
          ),
        ]),
      ),
    ).toBe('grew **<u>{{ g | 0% }}</u>**\n');
  });

  it('writes a figure whose expression holds a | with an explicit empty format', () => {
    expect(
      roundTrip(memoOf([paragraph({ type: 'figure', attrs: { expr: 'a | b', format: '' } })])),
    ).toBe('{{ a | b | }}\n');
  });

  it('writes links with their target escaped, and footnotes as [^n] defined at the end', () => {
    const markdown = roundTrip(
      memoOf([
        paragraph(
          {
            type: 'text',
            text: 'See',
            marks: [{ type: 'link', attrs: { href: 'https://x.y/a_(b)' } }],
          },
          { type: 'footnote', attrs: { text: 'Source: filing.\nSecond line.' } },
          { type: 'text', text: ': more' },
        ),
      ]),
    );
    expect(markdown).toBe(
      '[See](https://x.y/a_\\(b\\))[^1]\\: more\n\n[^1]: Source: filing.<br>Second line.\n',
    );
  });

  it('keeps two lists in a row two lists by switching their marker', () => {
    const item = (text: string) => ({
      type: 'listItem' as const,
      content: [paragraph({ type: 'text', text })],
    });
    const markdown = roundTrip(
      memoOf([
        { type: 'bulletList', content: [item('a')] },
        { type: 'bulletList', content: [item('b')] },
        { type: 'orderedList', attrs: { start: 3 }, content: [item('c')] },
        { type: 'orderedList', content: [item('d')] },
      ]),
    );
    expect(markdown).toBe('- a\n\n* b\n\n3. c\n\n1) d\n');
  });

  it('fences a calc block with more backticks than its text holds', () => {
    const markdown = roundTrip(
      memoOf([
        { type: 'calcBlock', content: [{ type: 'text', text: 'x = 1\n# ``` not the end' }] },
      ]),
    );
    expect(markdown).toBe('````calc\nx = 1\n# ``` not the end\n````\n');
  });

  it('writes front matter only for the fields the title block has', () => {
    const meta = { title: 'Amazon: "bet"', author: '', date: '2026-01-30', subtitle: '' };
    expect(roundTrip(memoOf([{ type: 'pageBreak' }], meta))).toBe(
      '---\ntitle: \'Amazon: "bet"\'\ndate: 2026-01-30\n---\n\n<!-- pagebreak -->\n',
    );
  });

  it('writes a table: first row as header, ragged rows padded, cell paragraphs joined by <br><br>', () => {
    const cell = (type: 'tableCell' | 'tableHeader', ...texts: string[]) => ({
      type,
      content: texts.map((text) =>
        text ? paragraph({ type: 'text', text }) : { type: 'paragraph' as const },
      ),
    });
    const memo = memoOf([
      {
        type: 'table',
        content: [
          { type: 'tableRow', content: [cell('tableHeader', 'h1'), cell('tableHeader', 'h|2')] },
          { type: 'tableRow', content: [cell('tableCell', 'a', 'b')] },
        ],
      } as BlockNode,
    ]);
    expect(memoToMarkdown(memo)).toBe('| h1 | h\\|2 |\n| --- | --- |\n| a<br><br>b |  |\n');
  });
});
