import type { Node as PMNode } from '@tiptap/pm/model';

/** One place the query was found: text (`from`..`to`), or a figure whose expression holds it. */
export interface FindMatch {
  from: number;
  to: number;
  kind: 'text' | 'figure';
}

/** Stands for an inline atom in a block's text, so a match never runs through a figure. */
const ATOM = '\uFFFC';

/**
 * Every match of `query` (case-insensitive) in document order: in the text of each text block
 * (across marks, never across a figure), and every figure whose expression contains it, so
 * `AMZN.capex` finds each figure that reads Amazon's capex.
 */
export function findMatches(doc: PMNode, query: string): FindMatch[] {
  const needle = query.toLowerCase();
  if (needle === '') return [];
  const matches: FindMatch[] = [];
  doc.descendants((block, blockPos) => {
    if (!block.isTextblock) return true;
    if (block.type.spec.code) return false;
    let text = '';
    const start = blockPos + 1;
    block.forEach((child, offset) => {
      if (child.isText) {
        text += child.text ?? '';
        return;
      }
      text += ATOM;
      const expr = child.type.name === 'figure' ? String(child.attrs.expr ?? '') : '';
      if (expr.toLowerCase().includes(needle))
        matches.push({ from: start + offset, to: start + offset + 1, kind: 'figure' });
    });
    const lower = text.toLowerCase();
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length))
      matches.push({ from: start + at, to: start + at + needle.length, kind: 'text' });
    return false;
  });
  return matches.sort((a, b) => a.from - b.from);
}
