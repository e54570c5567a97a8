import { describe, expect, it } from 'vitest';
import { collectVariables } from '../../../shared/memo/collectVariables';
import { markdownToMemo } from '../../../shared/memo/markdownToMemo';

describe('collectVariables', () => {
  it('gathers every calc block line as a variable with its place, across blocks and inside lists', () => {
    const read = markdownToMemo(
      '```calc\na = 1\n# c\nb = a * 2\n```\n\ntext\n\n- item\n\n  ```calc\n  c = b\n  oops\n  a = 3\n  ```',
    );
    if (!read.ok) throw new Error('does not read');
    const { variables, problems } = collectVariables(read.memo.doc);
    expect(variables).toEqual([
      { name: 'a', expr: '1', where: 'calc block 1, line 1' },
      { name: 'b', expr: 'a * 2', where: 'calc block 1, line 3' },
      { name: 'c', expr: 'b', where: 'calc block 2, line 1' },
      { name: 'a', expr: '3', where: 'calc block 2, line 3' },
    ]);
    expect(problems).toEqual([
      {
        place: 'calc block 2, line 2',
        message: 'Line 2 has no "=": write it as name = expression (or start a comment with #).',
      },
      {
        place: 'calc block 2, line 3',
        message: '"a" is defined twice: at calc block 1, line 1 and at calc block 2, line 3.',
      },
    ]);
  });
});
