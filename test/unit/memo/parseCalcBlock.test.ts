import { describe, expect, it } from 'vitest';
import { parseCalcBlock } from '../../../shared/memo/parseCalcBlock';

describe('parseCalcBlock', () => {
  it('reads name = expression lines, comments and blank lines, each with its line', () => {
    const parsed = parseCalcBlock('# derived\ncapex_share = A.b / C.d\n\n  x=1+2  ', 1);
    expect(parsed.lines.map(({ line, kind, name, expr }) => ({ line, kind, name, expr }))).toEqual([
      { line: 0, kind: 'comment', name: null, expr: null },
      { line: 1, kind: 'variable', name: 'capex_share', expr: 'A.b / C.d' },
      { line: 2, kind: 'blank', name: null, expr: null },
      { line: 3, kind: 'variable', name: 'x', expr: '1+2' },
    ]);
    expect(parsed.variables).toEqual([
      { name: 'capex_share', expr: 'A.b / C.d', where: 'calc block 2, line 2' },
      { name: 'x', expr: '1+2', where: 'calc block 2, line 4' },
    ]);
  });

  it('makes a line error of a missing =, a bad name, a missing expression, and a comparison without a name', () => {
    const parsed = parseCalcBlock('just text\n1x = 3\n_y = 1\nz =\n = 4\na == b\nok = a == b');
    expect(parsed.lines.map((line) => [line.kind, line.message ?? ''])).toEqual([
      ['invalid', 'Line 1 has no "=": write it as name = expression (or start a comment with #).'],
      ['invalid', '"1x" is not a name: a name is a letter, then letters, digits or _ (line 2).'],
      ['invalid', '"_y" is not a name: a name is a letter, then letters, digits or _ (line 3).'],
      ['invalid', '"z" has no expression after "=" (line 4).'],
      ['invalid', 'Line 5 has no name before "=".'],
      ['invalid', 'Line 6 is not "name = expression" (a comparison needs a name: x = a == b).'],
      ['variable', ''],
    ]);
    expect(parsed.variables).toEqual([
      { name: 'ok', expr: 'a == b', where: 'calc block 1, line 7' },
    ]);
  });
});
