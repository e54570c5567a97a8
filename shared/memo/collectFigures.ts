import type { DocNode } from './memoTypes';
import { walkMemo, type MemoItem } from './walkMemo';

/** One inline figure of a memo, in document order. */
export interface CollectedFigure {
  /** 1-based, in document order: the number the PDF ledger and `tickmark check` use. */
  index: number;
  expr: string;
  format: string;
  /** For people: `heading "Capital at unprecedented scale", paragraph 2`. */
  place: string;
  /** In the memo JSON: `doc.content[3].content[1]`. */
  path: string;
}

/** Every figure of a memo in document order, with its place (see walkMemo). */
export function collectFigures(doc: DocNode): CollectedFigure[] {
  return figuresOf(walkMemo(doc));
}

export function figuresOf(items: readonly MemoItem[]): CollectedFigure[] {
  return items
    .flatMap((item) => (item.kind === 'figure' ? [item] : []))
    .map((item, i) => ({
      index: i + 1,
      expr: item.node.attrs.expr,
      format: item.node.attrs.format,
      place: item.place,
      path: item.path,
    }));
}
