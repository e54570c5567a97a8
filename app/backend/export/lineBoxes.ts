import { breakLines } from './breakLines';
import { drawLine } from './drawLine';
import type { Box, FootnoteBox, Line, Span, TagPath } from './flowTypes';
import { footnoteBox } from './footnoteBox';
import type { LayoutState } from './layoutState';
import { tagStep } from './tagStep';

export interface LineBoxOptions {
  x: number;
  width: number;
  leading: number;
  /** The block's text size: places the baseline in the line. */
  size: number;
  /** Every line keeps with the next one, and the last with what follows (headings). */
  keepAll?: boolean;
  /** The structure element the lines are content of (default: a new paragraph, P). */
  tag?: TagPath;
}

/** Where the baseline sits in a line of `leading` for text of `size` (capitals centred). */
export function baselineOffset(leading: number, size: number): number {
  return leading / 2 + size * 0.34;
}

/**
 * Breaks spans into lines and makes one box per line. Widows and orphans: a paragraph of
 * two or three lines never splits; a longer one leaves at least two lines on each page.
 */
export function lineBoxes(spans: Span[], state: LayoutState, options: LineBoxOptions): Box[] {
  const lines = breakLines(spans, options.width, state.measurer);
  const tag = options.tag ?? [tagStep(state, 'P')];
  const boxes = lines.map((line) => lineBox(line, state, options, tag));
  const last = boxes.length - 1;
  boxes.forEach((box, i) => {
    if (options.keepAll || i === 0 || i === last - 1) box.keepWithNext = true;
    if (i === last && !options.keepAll) delete box.keepWithNext;
  });
  return boxes;
}

function lineBox(line: Line, state: LayoutState, options: LineBoxOptions, tag: TagPath): Box {
  const { leading, size } = options;
  const first = baselineOffset(leading, size);
  const footnotes: FootnoteBox[] = line.footnotes.map((note) => footnoteBox(note, state, tag));
  return {
    kind: 'box',
    height: leading,
    firstBaseline: first,
    draw: (ctx, top) =>
      ctx.tags.content(tag, () => drawLine(ctx, line, options.x, top + first, top, leading)),
    ...(footnotes.length > 0 ? { footnotes } : {}),
  };
}
