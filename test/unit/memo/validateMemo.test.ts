import { describe, expect, it } from 'vitest';
import { emptyMemo } from '../../../shared/memo/emptyMemo';
import type { Memo } from '../../../shared/memo/memoTypes';
import { validateMemo } from '../../../shared/memo/validateMemo';

const meta = { title: 'T', author: '', date: '', subtitle: '' };

function memoWith(content: unknown[]): unknown {
  return { meta, doc: { type: 'doc', content } };
}

function problemsOf(value: unknown): { where: string; what: string }[] {
  const result = validateMemo(value);
  return result.ok ? [] : result.problems;
}

describe('validateMemo', () => {
  it('accepts a memo using every node and mark, and hands back the same object', () => {
    const memo: Memo = {
      meta: { title: 'Deal', author: 'Research', date: '2026-01-30', subtitle: 'Sub' },
      doc: {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Title' }] },
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Bold', marks: [{ type: 'bold' }, { type: 'underline' }] },
              {
                type: 'figure',
                attrs: { expr: 'AMZN.capex', format: 'usd_billion' },
                marks: [{ type: 'italic' }],
              },
              { type: 'hardBreak' },
              {
                type: 'text',
                text: 'link',
                marks: [{ type: 'link', attrs: { href: 'mailto:a@b.c' } }],
              },
              { type: 'footnote', attrs: { text: 'A note\non two lines' } },
            ],
          },
          { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
          {
            type: 'orderedList',
            attrs: { start: 3, type: null },
            content: [
              { type: 'listItem', content: [{ type: 'paragraph' }, { type: 'pageBreak' }] },
            ],
          },
          { type: 'blockquote', content: [{ type: 'paragraph' }] },
          {
            type: 'table',
            content: [
              {
                type: 'tableRow',
                content: [
                  {
                    type: 'tableHeader',
                    attrs: { colspan: 1, rowspan: 1, colwidth: null },
                    content: [{ type: 'paragraph' }],
                  },
                  { type: 'tableCell', content: [{ type: 'paragraph' }, { type: 'paragraph' }] },
                ],
              },
            ],
          },
          { type: 'calcBlock', content: [{ type: 'text', text: 'x = 1\n# note' }] },
          { type: 'calcBlock' },
          { type: 'pageBreak' },
        ],
      },
    };
    const result = validateMemo(memo);
    expect(result.ok).toBe(true);
    expect(result.ok && result.memo).toBe(memo);
  });

  it('accepts emptyMemo(title): the title, an empty title block, one empty paragraph', () => {
    const memo = emptyMemo('New memo');
    expect(memo).toEqual({
      meta: { title: 'New memo', author: '', date: '', subtitle: '' },
      doc: { type: 'doc', content: [{ type: 'paragraph' }] },
    });
    expect(validateMemo(memo).ok).toBe(true);
  });

  it('reports a javascript: link as a problem at the path of its href, never dropping the link', () => {
    const memo = memoWith([
      { type: 'paragraph', content: [{ type: 'text', text: 'ok' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'a' },
          {
            type: 'text',
            text: 'click',
            marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
          },
        ],
      },
    ]);
    expect(problemsOf(memo)).toEqual([
      {
        where: 'doc.content[1].content[1].marks[0].attrs.href',
        what: expect.stringMatching(
          /"javascript:alert\(1\)" is not allowed: only http, https and mailto/,
        ),
      },
    ]);
  });

  it('reports every problem, each with its path: unknown type, bad level, unknown key, bad cell content', () => {
    const memo = {
      meta: { title: 'T', author: '', date: '2026-02-30', subtitle: '', tags: [] },
      doc: {
        type: 'doc',
        content: [
          { type: 'image', attrs: { src: 'x.png' } },
          { type: 'heading', attrs: { level: 5 } },
          { type: 'paragraph', attrs: { textAlign: 'left' } },
          {
            type: 'table',
            content: [
              {
                type: 'tableRow',
                content: [{ type: 'tableCell', content: [{ type: 'bulletList', content: [] }] }],
              },
            ],
          },
          {
            type: 'bulletList',
            content: [{ type: 'listItem', content: [{ type: 'heading', attrs: { level: 1 } }] }],
          },
        ],
      },
    };
    const problems = problemsOf(memo);
    expect(problems.map((p) => p.where)).toEqual([
      'meta.tags',
      'meta.date',
      'doc.content[0].type',
      'doc.content[1].attrs.level',
      'doc.content[2].attrs',
      'doc.content[3].content[0].content[0].content[0]',
      'doc.content[4].content[0].content[0]',
    ]);
    expect(problems[2]?.what).toMatch(/unknown block type "image"/);
    expect(problems[3]?.what).toMatch(/1, 2, 3 or 4, not 5/);
    expect(problems[5]?.what).toBe('a table cell holds paragraphs only');
    expect(problems[6]?.what).toBe('a list item starts with a paragraph');
  });

  it('refuses text Markdown could not carry: empty text, control characters, figure text with "}}" or edge spaces', () => {
    const problems = problemsOf(
      memoWith([
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '' },
            { type: 'text', text: 'bell\u0007' },
            { type: 'figure', attrs: { expr: ' a }} b', format: 'x1 | y' } },
            { type: 'text', text: 'dup', marks: [{ type: 'bold' }, { type: 'bold' }] },
          ],
        },
      ]),
    );
    expect(problems.map((p) => `${p.where}: ${p.what}`)).toEqual([
      'doc.content[0].content[0].text: a text node may not be empty',
      'doc.content[0].content[1].text: holds the control character U+0007 at offset 4',
      'doc.content[0].content[2].attrs.expr: the figure expression may not start or end with spaces',
      'doc.content[0].content[2].attrs.expr: the figure expression may not contain "}}"',
      'doc.content[0].content[2].attrs.format: a figure format may not contain "|"',
      'doc.content[0].content[3].marks[1]: the mark "bold" appears twice',
    ]);
  });

  it('says what is wrong with a value that is not a memo at all', () => {
    expect(problemsOf(null)).toEqual([
      { where: 'memo', what: 'must be an object { meta, doc }, not null' },
    ]);
    expect(problemsOf({ meta, doc: { type: 'doc', content: [] } })).toEqual([
      { where: 'doc.content', what: 'must be a non-empty list of blocks, not a list' },
    ]);
    expect(problemsOf({ doc: { type: 'doc', content: [{ type: 'paragraph' }] } })).toEqual([
      { where: 'meta', what: '"meta" is missing' },
    ]);
  });
});
