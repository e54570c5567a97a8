import type Token from 'markdown-it/lib/token.mjs';
import { collectFootnoteTexts } from './collectFootnoteTexts';
import { protectFigurePipes } from './markdownFigureRule';
import type { MemoIssue } from './memoIssue';
import { memoMarkdownParser } from './memoMarkdownParser';
import type { BlockNode, Memo } from './memoTypes';
import { readFrontMatter } from './readFrontMatter';
import { tokensToBlocks } from './tokensToBlocks';
import { validateMemo } from './validateMemo';

export type MarkdownImport =
  | { ok: true; memo: Memo; warnings: MemoIssue[] }
  | { ok: false; problems: MemoIssue[] };

/**
 * Reads memo Markdown (CALC.md §4) into a memo. Markdown itself always parses; what fails
 * is bad front matter or a character a memo cannot hold, reported with its line. Warnings
 * say what was read but has no place in the memo (a footnote defined and never used).
 */
export function markdownToMemo(markdown: string): MarkdownImport {
  const source = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const front = readFrontMatter(source);
  if (front.problems.length > 0) return { ok: false, problems: front.problems };
  const { blocks, lines, warnings } = parseBody(front.body);
  const memo: Memo = { meta: front.meta, doc: { type: 'doc', content: blocks } };
  const checked = validateMemo(memo);
  if (!checked.ok) {
    return { ok: false, problems: checked.problems.map((problem) => atLine(problem, lines)) };
  }
  return { ok: true, memo, warnings };
}

/** The blocks of a Markdown body (no front matter): the doc's content, never empty. */
export function parseBody(body: string): {
  blocks: BlockNode[];
  lines: number[];
  warnings: MemoIssue[];
} {
  const { src, placeholder } = protectFigurePipes(body);
  const env: { pipePlaceholder: string; footnotes?: { refs?: Record<string, number> } } = {
    pipePlaceholder: placeholder,
  };
  const tokens = memoMarkdownParser.parse(src, env);
  restorePipes(tokens, placeholder);
  const { blocks, lines } = tokensToBlocks(tokens, collectFootnoteTexts(tokens));
  const warnings: MemoIssue[] = Object.entries(env.footnotes?.refs ?? {})
    .filter(([, id]) => id < 0)
    .map(([label]) => ({
      where: `footnote [^${label.slice(1)}]`,
      what: 'this footnote is defined but never referenced, so it is not in the memo',
    }));
  if (blocks.length === 0) return { blocks: [{ type: 'paragraph' }], lines: [1], warnings };
  return { blocks, lines, warnings };
}

function restorePipes(tokens: Token[], placeholder: string): void {
  for (const token of tokens) {
    if (token.content.includes(placeholder))
      token.content = token.content.replaceAll(placeholder, '|');
    if (token.info.includes(placeholder)) token.info = token.info.replaceAll(placeholder, '|');
    for (const attr of token.attrs ?? []) attr[1] = String(attr[1]).replaceAll(placeholder, '|');
    if (token.children) restorePipes(token.children, placeholder);
  }
}

/** `doc.content[3].content[1]: …` becomes `line 12 (doc.content[3].content[1])`. */
function atLine(problem: MemoIssue, lines: number[]): MemoIssue {
  const match = /^doc\.content\[(\d+)\]/.exec(problem.where);
  const line = match ? lines[Number(match[1])] : undefined;
  return line ? { where: `line ${line} (${problem.where})`, what: problem.what } : problem;
}
