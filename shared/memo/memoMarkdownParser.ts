import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { isAllowedHref } from './isAllowedHref';
import { figureRule } from './markdownFigureRule';
import { pageBreakRule } from './markdownPageBreakRule';
import { balanceMarkTags, markTagRule } from './markdownTagRule';

/**
 * The one markdown-it set-up memo Markdown is read with (CALC.md §4): CommonMark + GFM
 * tables + footnotes, raw HTML off (it stays literal text), no typographic replacements,
 * links limited to http, https and mailto and kept exactly as written, plus figures
 * `{{ }}`, page breaks and the `<u>`/`<b>`/`<i>`/`<br>` tags.
 */
export const memoMarkdownParser: MarkdownIt = createParser();

function createParser(): MarkdownIt {
  const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
  md.disable(['strikethrough']);
  md.use(footnote);
  md.validateLink = isAllowedHref;
  md.normalizeLink = (url) => url;
  md.normalizeLinkText = (text) => text;
  md.inline.ruler.before('emphasis', 'memo_figure', figureRule);
  md.inline.ruler.before('autolink', 'memo_mark_tag', markTagRule);
  md.block.ruler.before('fence', 'memo_page_break', pageBreakRule, {
    alt: ['paragraph', 'reference', 'blockquote', 'list'],
  });
  md.core.ruler.push('memo_balance_mark_tags', balanceMarkTags);
  return md;
}
