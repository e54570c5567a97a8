import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownToMemo } from '../../../shared/memo/markdownToMemo';
import { memoToMarkdown } from '../../../shared/memo/memoToMarkdown';
import { validateMemo } from '../../../shared/memo/validateMemo';
import { memoArbitrary } from './memoArbitrary';

const pieces = [
  '*',
  '**',
  '***',
  '_',
  '__',
  '`',
  '``',
  '[',
  ']',
  '(',
  ')',
  '|',
  '{',
  '}',
  '#',
  '# ',
  '\n',
  '\n\n',
  ' ',
  '  ',
  '\t',
  'a',
  'b',
  '1.',
  '2)',
  '- ',
  '* ',
  '+ ',
  '> ',
  '\n  - ',
  '\n    - ',
  '\n> > ',
  '{{ a | b }}',
  '{{ x }}',
  '{{ | }}',
  '{{}}',
  '{{{ b }}',
  '<u>',
  '</u>',
  '<b>',
  '</b>',
  '<i>',
  '</em>',
  '<br>',
  '\\',
  '\\|',
  '\\{',
  '&amp;',
  '&',
  '&#32;',
  '&#10;',
  '!',
  '^',
  '[^1]',
  '[^1]: note',
  '\n[^2]: two',
  '^[inline]',
  'http://x.y',
  '<http://a.b>',
  '](http://a.b)',
  '](javascript:x)',
  '![x](http://a.b)',
  '```calc\n',
  '```',
  '~~~',
  '\n---\n',
  '\n===\n',
  '<!-- pagebreak -->',
  '    ',
  'é',
  '😀',
  ':',
  '| a | b |\n|---|---|\n',
  '\n  | c |\n  |---|\n  | {{ e | f }} |',
  '\u00a0',
  '1. ',
  '10. ',
  '0. ',
  'x_y_z',
  '\n-\n  x',
];
const markdownish = fc
  .array(fc.constantFrom(...pieces), { maxLength: 30 })
  .map((parts) => parts.join(''));

describe('memo Markdown round trip, on generated input', () => {
  it('memo -> Markdown -> memo gives back exactly the memo, for generated valid memos', () => {
    fc.assert(
      fc.property(memoArbitrary, (memo) => {
        expect(validateMemo(memo).ok).toBe(true);
        const markdown = memoToMarkdown(memo);
        const back = markdownToMemo(markdown);
        expect(back.ok ? back.memo : back.problems, markdown).toEqual(memo);
      }),
      { numRuns: 400 },
    );
  });

  it('Markdown -> memo -> Markdown -> memo gives the same memo, for Markdown full of syntax characters', () => {
    fc.assert(
      fc.property(markdownish, (markdown) => {
        const first = markdownToMemo(markdown);
        if (!first.ok) {
          expect(first.problems[0]?.what).toMatch(/front matter/);
          return;
        }
        expect(validateMemo(first.memo).ok).toBe(true);
        const again = markdownToMemo(memoToMarkdown(first.memo));
        expect(again.ok && again.memo).toEqual(first.memo);
      }),
      { numRuns: 600 },
    );
  });
});
