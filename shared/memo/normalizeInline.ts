import type { InlineNode, Mark, MarkType } from './memoTypes';

/** The order marks are listed in on import (TipTap's: link has the highest priority). */
export const MARK_ORDER: readonly MarkType[] = ['link', 'bold', 'italic', 'underline'];

/** Marks sorted into MARK_ORDER. */
export function sortMarks(marks: readonly Mark[]): Mark[] {
  return [...marks].sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type));
}

export function sameMark(a: Mark, b: Mark): boolean {
  return a.type === b.type && a.attrs?.href === b.attrs?.href;
}

export function sameMarks(a: readonly Mark[] | undefined, b: readonly Mark[] | undefined): boolean {
  const left = a ?? [];
  const right = b ?? [];
  return left.length === right.length && left.every((mark) => right.some((m) => sameMark(mark, m)));
}

/**
 * Inline content as ProseMirror would hold it: adjacent text nodes with the same marks
 * merged, empty text dropped, marks in MARK_ORDER and left out when there are none.
 */
export function normalizeInline(nodes: readonly InlineNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const node of nodes) {
    if (node.type === 'text' && node.text === '') continue;
    const marks = node.marks && node.marks.length > 0 ? sortMarks(node.marks) : undefined;
    const previous = out[out.length - 1];
    if (node.type === 'text' && previous?.type === 'text' && sameMarks(previous.marks, marks)) {
      out[out.length - 1] = withMarks({ type: 'text', text: previous.text + node.text }, marks);
      continue;
    }
    out.push(withMarks(node, marks));
  }
  return out;
}

/** `node` with exactly `marks` (the key left out when there are none). */
export function withMarks(node: InlineNode, marks: Mark[] | undefined): InlineNode {
  const bare = withoutMarks(node);
  return marks && marks.length > 0 ? { ...bare, marks } : bare;
}

function withoutMarks(node: InlineNode): InlineNode {
  switch (node.type) {
    case 'text':
      return { type: 'text', text: node.text };
    case 'figure':
      return { type: 'figure', attrs: node.attrs };
    case 'footnote':
      return { type: 'footnote', attrs: node.attrs };
    case 'hardBreak':
      return { type: 'hardBreak' };
  }
}
