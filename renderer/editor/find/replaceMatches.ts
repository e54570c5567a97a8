import type { Transaction } from '@tiptap/pm/state';
import type { FindMatch } from './findMatches';

/** `text` with every `query` (case-insensitive) replaced by `replacement`. */
export function replaceInText(text: string, query: string, replacement: string): string {
  if (query === '') return text;
  const lower = text.toLowerCase();
  const needle = query.toLowerCase();
  let out = '';
  let at = 0;
  for (let hit = lower.indexOf(needle); hit >= 0; hit = lower.indexOf(needle, at)) {
    out += text.slice(at, hit) + replacement;
    at = hit + needle.length;
  }
  return out + text.slice(at);
}

/**
 * Replaces `matches` in `tr` (last first, so earlier positions hold): text keeps the marks it
 * had; a figure keeps its format and marks and has the query replaced inside its expression.
 */
export function replaceMatches(
  tr: Transaction,
  matches: readonly FindMatch[],
  query: string,
  replacement: string,
): Transaction {
  for (const match of [...matches].sort((a, b) => b.from - a.from)) {
    if (match.kind === 'text') {
      const marks = tr.doc.resolve(match.from + 1).marks();
      if (replacement === '') tr.delete(match.from, match.to);
      else tr.replaceWith(match.from, match.to, tr.doc.type.schema.text(replacement, marks));
      continue;
    }
    const node = tr.doc.nodeAt(match.from);
    if (!node) continue;
    const expr = replaceInText(String(node.attrs.expr ?? ''), query, replacement);
    tr.setNodeMarkup(match.from, undefined, { ...node.attrs, expr });
  }
  return tr;
}
