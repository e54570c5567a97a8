import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownToMemo } from '../../../shared/memo/markdownToMemo';
import { memoToMarkdown } from '../../../shared/memo/memoToMarkdown';

const corpus = join(import.meta.dirname, 'corpus');
const files = readdirSync(corpus).filter((name) => name.endsWith('.md'));

describe('memo Markdown corpus', () => {
  it('has at least ten files', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)(
    '%s: Markdown -> memo -> Markdown -> memo gives the same memo, and writing again gives the same Markdown',
    (name) => {
      const first = markdownToMemo(readFileSync(join(corpus, name), 'utf8'));
      if (!first.ok) throw new Error(`${name}: ${JSON.stringify(first.problems)}`);
      const markdown = memoToMarkdown(first.memo);
      const second = markdownToMemo(markdown);
      expect(second.ok && second.memo).toEqual(first.memo);
      expect(second.ok && memoToMarkdown(second.memo)).toBe(markdown);
    },
  );

  it('keeps every figure of the table corpus, those in cells included, with its format', () => {
    const read = markdownToMemo(readFileSync(join(corpus, 'tables-with-figures.md'), 'utf8'));
    const text = read.ok ? JSON.stringify(read.memo) : '';
    for (const format of [
      'x2',
      '0.0\\"x\\"',
      '#,##0.00;(#,##0.00)',
      '$#,##0.0,,,\\"bn\\"',
      '0.0%',
    ]) {
      expect(text).toContain(`"format":"${format}"`);
    }
    expect(text).toContain('"expr":"(AMZN.ev_ebitda > 20) ? 1 : 0"');
  });

  it('warns about a footnote that is defined but never cited', () => {
    const read = markdownToMemo(readFileSync(join(corpus, 'footnotes.md'), 'utf8'));
    expect(read.ok && read.warnings.map((w) => w.where)).toEqual(['footnote [^unused]']);
  });
});
