import { describe, expect, it } from 'vitest';
import { markdownToMemo } from '../../../shared/memo/markdownToMemo';
import { memoToMarkdown } from '../../../shared/memo/memoToMarkdown';
import type { Memo } from '../../../shared/memo/memoTypes';
import { renameFigureScenario } from '../../../shared/memo/renameFigureScenario';

function memo(markdown: string): Memo {
  const parsed = markdownToMemo(markdown);
  if (!parsed.ok) throw new Error('does not parse');
  return parsed.memo;
}

describe('renameFigureScenario', () => {
  it('renames the scenario of every figure that names it: in paragraphs, list items, quotes and table cells', () => {
    const source = [
      '# Cases',
      '',
      'Base {{ irr | 0% }}, bull {{ irr @bull | 0% }}, bullish {{ irr @bullish }}.',
      '',
      '- item {{ irr @bull }}',
      '  - nested {{ irr @bull | 0.0% }}',
      '',
      '> quoted {{ irr @bull }}',
      '',
      '| Case | IRR |',
      '| --- | --- |',
      '| Bull | {{ irr @bull | 0% }} |',
      '',
    ].join('\n');
    const renamed = renameFigureScenario(memo(source), 'bull', 'upside');
    expect(renamed).not.toBeNull();
    const markdown = memoToMarkdown(renamed!);
    expect(markdown).not.toContain('@bull ');
    expect(markdown.match(/@upside/g)).toHaveLength(5);
    expect(markdown).toContain('{{ irr @bullish }}');
    expect(markdown).toContain('{{ irr | 0% }}');
    expect(markdown).toContain('| Bull | {{ irr @upside | 0% }} |');
  });

  it('gives null, leaving the memo as it is, when no figure names the scenario', () => {
    const original = memo('Base {{ irr }} and {{ irr @bear }}.\n');
    const copy = structuredClone(original);
    expect(renameFigureScenario(original, 'bull', 'upside')).toBeNull();
    expect(original).toEqual(copy);
  });
});
