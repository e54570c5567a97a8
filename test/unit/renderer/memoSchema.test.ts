import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import { Fragment, Node as PMNode, Slice } from '@tiptap/pm/model';
import { memoExtensions } from '../../../renderer/editor/memoExtensions';
import { toMemoDoc } from '../../../renderer/editor/toMemoDoc';
import { createMemoDocReader } from '../../../renderer/editor/createMemoDocReader';
import type { DocNode } from '../../../shared/memo/memoTypes';

const schema = getSchema(memoExtensions({ calc: null, ui: null }));

const everything: DocNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Capital' }] },
    { type: 'calcBlock', content: [{ type: 'text', text: '# shares\ncapex_share = A.b / C.d' }] },
    { type: 'calcBlock' },
    { type: 'chartBlock', content: [{ type: 'text', text: 'type: bar\ncategories: [a]' }] },
    { type: 'chartBlock' },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'The deal is ' },
        { type: 'figure', attrs: { expr: 'capex_share', format: '0%' } },
        { type: 'text', text: ' of capex', marks: [{ type: 'bold' }, { type: 'italic' }] },
        {
          type: 'figure',
          attrs: { expr: 'AMZN.capex.FY2025', format: '' },
          marks: [{ type: 'bold' }],
        },
        { type: 'footnote', attrs: { text: 'As reported.' } },
        { type: 'hardBreak' },
        {
          type: 'text',
          text: 'source',
          marks: [{ type: 'link', attrs: { href: 'https://example.com' } }, { type: 'underline' }],
        },
      ],
    },
    { type: 'paragraph' },
    {
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }],
        },
      ],
    },
    {
      type: 'orderedList',
      attrs: { start: 3 },
      content: [
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'three' }] },
            {
              type: 'blockquote',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'q' }] }],
            },
          ],
        },
      ],
    },
    {
      type: 'blockquote',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'quoted' }] }],
    },
    {
      type: 'table',
      attrs: { title: 'Returns by case', source: 'company filings' },
      content: [
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableHeader',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Multiple' }] }],
            },
            { type: 'tableHeader', attrs: { colspan: 2 }, content: [{ type: 'paragraph' }] },
          ],
        },
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableCell',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'EV/EBITDA' }] }],
            },
            {
              type: 'tableCell',
              content: [
                {
                  type: 'paragraph',
                  content: [{ type: 'figure', attrs: { expr: 'AMZN.ev_ebitda', format: 'x1' } }],
                },
              ],
            },
            { type: 'tableCell', attrs: { colwidth: [120] }, content: [{ type: 'paragraph' }] },
          ],
        },
      ],
    },
    { type: 'pageBreak' },
    { type: 'paragraph', content: [{ type: 'text', text: 'end' }] },
  ],
};

describe('the editor schema holds exactly the memo model', () => {
  it('has the node and mark names of shared/memo and nothing else', () => {
    expect(Object.keys(schema.nodes).sort()).toEqual(
      [
        'blockquote',
        'bulletList',
        'calcBlock',
        'chartBlock',
        'doc',
        'figure',
        'footnote',
        'hardBreak',
        'heading',
        'listItem',
        'orderedList',
        'pageBreak',
        'paragraph',
        'table',
        'tableCell',
        'tableHeader',
        'tableRow',
        'text',
      ].sort(),
    );
    expect(Object.keys(schema.marks).sort()).toEqual(['bold', 'italic', 'link', 'underline']);
  });

  it('gives back the memo it loaded, node for node, after a trip through the editor JSON', () => {
    const node = PMNode.fromJSON(schema, everything);
    node.check();
    expect(toMemoDoc(node.toJSON())).toEqual(everything);
  });

  it('drops characters and links a memo may not hold', () => {
    const doc = toMemoDoc({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'a\u0000b\u0007c' },
            {
              type: 'text',
              text: 'x',
              marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
            },
            { type: 'figure', attrs: { expr: ' a }} b ', format: '0|0' } },
          ],
        },
        {
          type: 'orderedList',
          attrs: { start: 1, type: null },
          content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }],
        },
      ],
    });
    expect(doc.content[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'abc' },
        { type: 'text', text: 'x' },
        { type: 'figure', attrs: { expr: 'a } } b', format: '00' } },
      ],
    });
    expect(doc.content[1]).toEqual({
      type: 'orderedList',
      content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }],
    });
  });
});

describe('the autosave reader', () => {
  it('reads the same memo as a whole conversion, reusing the blocks that did not change', () => {
    const read = createMemoDocReader();
    const doc = PMNode.fromJSON(schema, everything);
    const first = read(doc);
    expect(first).toEqual(everything);
    const edited = doc.replace(1, 1, new Slice(Fragment.from(schema.text('New ')), 0, 0));
    const second = read(edited);
    expect(second).toEqual(toMemoDoc(edited.toJSON()));
    expect(second.content[0]).toEqual({
      type: 'heading',
      attrs: { level: 1 },
      content: [{ type: 'text', text: 'New Capital' }],
    });
    expect(second.content[3]).toBe(first.content[3]);
  });
});
