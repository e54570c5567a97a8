import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import { Node as PMNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { memoExtensions } from '../../../renderer/editor/memoExtensions';
import { findMatches } from '../../../renderer/editor/find/findMatches';
import { replaceInText, replaceMatches } from '../../../renderer/editor/find/replaceMatches';

const schema = getSchema(memoExtensions({ calc: null, ui: null }));
const bold = [{ type: 'bold' }];
const doc = PMNode.fromJSON(schema, {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Cap' },
        { type: 'text', text: 'ex is ', marks: bold },
        { type: 'figure', attrs: { expr: 'AMZN.capex.FY2025', format: 'usd_billion' } },
        { type: 'text', text: 'ex' },
      ],
    },
    { type: 'calcBlock', content: [{ type: 'text', text: 'capex = 1' }] },
  ],
});

describe('find in the memo', () => {
  it('finds text across marks, figures by expression, never inside calc blocks or across a figure', () => {
    expect(findMatches(doc, 'capex')).toEqual([
      { from: 1, to: 6, kind: 'text' },
      { from: 10, to: 11, kind: 'figure' },
    ]);
    expect(findMatches(doc, 'is ex')).toEqual([]); // a figure sits between
    expect(findMatches(doc, '')).toEqual([]);
  });

  it('replaces text keeping its marks and the query inside figure expressions, in one transaction', () => {
    const state = EditorState.create({ schema, doc });
    const tr = replaceMatches(state.tr, findMatches(doc, 'capex'), 'capex', 'opex');
    const json = tr.doc.toJSON() as { content: { content: unknown[] }[] };
    expect(json.content[0]!.content).toEqual([
      { type: 'text', text: 'opex' },
      { type: 'text', text: ' is ', marks: bold },
      {
        type: 'figure',
        attrs: { expr: 'AMZN.opex.FY2025', format: 'usd_billion', scenario: '' },
      },
      { type: 'text', text: 'ex' },
    ]);
    expect(replaceInText('Capex and CAPEX', 'capex', 'x')).toBe('x and x');
  });
});
