import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';

/** The markdown-it token type of a page break. */
export const PAGE_BREAK_TOKEN = 'memo_page_break';

/** What memo Markdown writes for a page break: invisible on GitHub and in other viewers. */
export const PAGE_BREAK_LINE = '<!-- pagebreak -->';

const PAGE_BREAK = /^(?:<!--\s*pagebreak\s*-->|\\pagebreak|\\newpage)$/i;

/**
 * Block rule: a line that is only `<!-- pagebreak -->` (or the LaTeX-style `\pagebreak` or
 * `\newpage`) is a page break. Anywhere else such text is ordinary text.
 */
export function pageBreakRule(
  state: StateBlock,
  startLine: number,
  _endLine: number,
  silent: boolean,
): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  const line = state.src.slice(start, state.eMarks[startLine]).trimEnd();
  if (!PAGE_BREAK.test(line)) return false;
  if (silent) return true;
  const token = state.push(PAGE_BREAK_TOKEN, '', 0);
  token.map = [startLine, startLine + 1];
  state.line = startLine + 1;
  return true;
}
