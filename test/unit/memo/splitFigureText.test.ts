import { describe, expect, it } from 'vitest';
import { splitFigureText } from '../../../shared/memo/splitFigureText';
import { markdownToMemo } from '../../../shared/memo/markdownToMemo';

describe('splitFigureText', () => {
  it('cuts text into text and figures, as the Markdown reader reads them', () => {
    const text =
      'Capex {{ AMZN.capex.FY2025 | usd_billion }}, share {{ s @bull | 0% }}, {{ 1 + }}.';
    expect(splitFigureText(text)).toEqual([
      { text: 'Capex ' },
      { figure: { expr: 'AMZN.capex.FY2025', format: 'usd_billion' } },
      { text: ', share ' },
      { figure: { expr: 's', format: '0%', scenario: 'bull' } },
      { text: ', ' },
      { figure: { expr: '1 +', format: '' } },
      { text: '.' },
    ]);
    const imported = JSON.stringify(markdownToMemo(text));
    for (const part of splitFigureText(text))
      if ('figure' in part)
        expect(imported).toContain(`"expr":${JSON.stringify(part.figure.expr)}`);
  });

  it('leaves an unclosed or multi-line {{ as text', () => {
    expect(splitFigureText('a {{ b\nc }} d {{ e')).toEqual([{ text: 'a {{ b\nc }} d {{ e' }]);
    expect(splitFigureText('{{ x }}')).toEqual([{ figure: { expr: 'x', format: '' } }]);
  });
});
