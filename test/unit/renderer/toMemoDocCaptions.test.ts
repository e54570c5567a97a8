import { describe, expect, it } from 'vitest';
import { toMemoDoc } from '../../../renderer/editor/toMemoDoc';
import { validateMemo } from '../../../shared/memo/validateMemo';

const grid = [
  {
    type: 'tableRow',
    content: [
      {
        type: 'tableHeader',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'A' }] }],
      },
    ],
  },
];
const meta = { title: '', author: '', date: '', subtitle: '' };

describe('toMemoDoc: table captions as the editor holds them', () => {
  it('saves what is being typed as a valid caption: trimmed, one line, empty left out', () => {
    const doc = toMemoDoc({
      type: 'doc',
      content: [
        { type: 'table', attrs: { title: '  Returns \n by  case ', source: '   ' }, content: grid },
        { type: 'table', attrs: { title: null, source: 'x'.repeat(600) }, content: grid },
      ],
    });
    expect(doc.content[0]).toMatchObject({ attrs: { title: 'Returns by case' } });
    expect(doc.content[0]).not.toHaveProperty('attrs.source');
    expect(doc.content[1]).toMatchObject({ attrs: { source: 'x'.repeat(500) } });
    expect(validateMemo({ meta, doc }).ok).toBe(true);
  });

  it('writes no attrs for a table without captions', () => {
    const doc = toMemoDoc({
      type: 'doc',
      content: [{ type: 'table', attrs: { title: null, source: null }, content: grid }],
    });
    expect(doc.content[0]).not.toHaveProperty('attrs');
  });
});
