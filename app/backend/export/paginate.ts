import type { Box, FlowItem, FootnoteBox } from './flowTypes';

export interface Placement {
  box: Box;
  top: number;
}

export interface PagePlan {
  placements: Placement[];
  /** The notes of this page, in order, for its foot. */
  footnotes: FootnoteBox[];
}

export interface PageArea {
  top: number;
  bottom: number;
  /** Space and rule between the text and the first footnote. */
  footnoteGap: number;
}

interface Placed extends Placement {
  /** Index of the flow item, or -1 for a repeated table header. */
  item: number;
  notesBefore: number;
}

interface PageState {
  placements: Placed[];
  footnotes: FootnoteBox[];
}

/**
 * Cuts the flow into pages. A box goes where it fits with its footnotes; spaces vanish at
 * the top of a page; a box that keeps with the next is carried over with it (headings never
 * sit alone at a page bottom, widows and orphans are avoided), unless the chain fills a page;
 * a table row that starts a page brings its header row. An oversize box gets a page of its own.
 */
export function paginate(items: FlowItem[], area: PageArea): PagePlan[] {
  const pages: PageState[] = [];
  let page: PageState = { placements: [], footnotes: [] };
  let y = area.top;
  const newPage = (): void => {
    page = { placements: [], footnotes: [] };
    pages.push(page);
    y = area.top;
  };
  const place = (box: Box, item: number): void => {
    page.placements.push({ box, top: y, item, notesBefore: page.footnotes.length });
    page.footnotes.push(...(box.footnotes ?? []));
    y += box.height;
  };
  newPage();

  let i = 0;
  while (i < items.length) {
    const item = items[i]!;
    if (item.kind === 'pageBreak') {
      if (page.placements.length > 0) newPage();
      i += 1;
      continue;
    }
    if (item.kind === 'space') {
      if (page.placements.length > 0) y += item.height;
      i += 1;
      continue;
    }
    const empty = page.placements.length === 0;
    const header = empty ? item.repeatHeader : undefined;
    const need = item.height + (header?.height ?? 0);
    const notes = [...page.footnotes, ...(header?.footnotes ?? []), ...(item.footnotes ?? [])];
    if (empty || y + need <= area.bottom - notesHeight(notes, area) + 0.01) {
      if (header) place(header, -1);
      place(item, i);
      i += 1;
      continue;
    }
    let start = page.placements.length;
    while (start > 0 && page.placements[start - 1]!.box.keepWithNext) start -= 1;
    const chain = page.placements[start];
    if (start > 0 && chain) {
      page.placements.splice(start);
      page.footnotes.splice(chain.notesBefore);
      i = chain.item;
    }
    newPage();
  }
  return pages
    .filter((p) => p.placements.length > 0)
    .map((p) => ({
      placements: p.placements.map(({ box, top }) => ({ box, top })),
      footnotes: p.footnotes,
    }));
}

/** Height of a page's footnote area, gap included. */
export function notesHeight(notes: FootnoteBox[], area: Pick<PageArea, 'footnoteGap'>): number {
  if (notes.length === 0) return 0;
  return area.footnoteGap + notes.reduce((h, n) => h + n.height, 0);
}
