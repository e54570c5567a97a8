import type { Memo } from './memoTypes';
import { serializeBlocks } from './serializeBlocks';
import { serializeFootnoteText, type FootnoteRegistry } from './serializeInline';
import { writeFrontMatter } from './writeFrontMatter';

/**
 * A memo as memo Markdown (CALC.md §4): YAML front matter for the title block, figures as
 * `{{ expr | format }}`, calc blocks as ```` ```calc ```` fences, footnotes as `[^n]` with
 * their definitions at the end. Reading the result with `markdownToMemo` gives the same memo
 * (README.md lists the few things Markdown cannot hold).
 */
export function memoToMarkdown(memo: Memo): string {
  const footnotes: FootnoteRegistry = { texts: [] };
  const body = serializeBlocks(memo.doc.content, footnotes);
  const definitions = footnotes.texts.map((text, index) => {
    const line = serializeFootnoteText(text);
    return line === '' ? `[^${index + 1}]:` : `[^${index + 1}]: ${line}`;
  });
  const sections = [writeFrontMatter(memo.meta), body.join('\n'), definitions.join('\n')];
  return `${sections
    .filter((section) => section !== '')
    .map((s) => s.replace(/\n$/, ''))
    .join('\n\n')}\n`;
}
