import type { TableNode } from '../../../shared/memo/memoTypes';
import { CAPTION_LABEL } from '../../../shared/memo/tableCaption';
import type { Box, TagPath } from './flowTypes';
import type { Frame, LayoutState } from './layoutState';
import { type } from './pdfTheme';
import { stackBoxes } from './stackBoxes';
import { tagStep } from './tagStep';
import { drawingBox, textBoxes } from './textBoxes';

/** Space between a caption and the table's rules, in points. */
const GAP = 3;

export interface TableCaptions {
  /** The title's lines, each kept with the next, so a title never ends a page without its table. */
  title: Box[];
  /** The title line repeated over the header on a page the table continues on ("… (continued)"). */
  continued: Box | undefined;
  /** The source line ("Source: …"); call it after the rows, so its Caption is the Table's last child. */
  source: () => Box[];
}

/**
 * A table's title (above) and source line (below) as boxes, each tagged `Caption` inside the
 * table's `Table` element: the title as its first child, the source line as its last (PDF/UA).
 */
export function tableCaptionBoxes(
  node: TableNode,
  frame: Frame,
  table: TagPath,
  state: LayoutState,
): TableCaptions {
  const title = node.attrs?.title;
  const source = node.attrs?.source;
  const titleBoxes = title
    ? withGap(
        textBoxes(title, type.tableTitle, frame.x, frame.width, state, true, [
          ...table,
          tagStep(state, 'Caption'),
        ]),
        'after',
      )
    : [];
  // One box, with a gap below, over the repeated header; drawn as an artifact with it (read
  // once already, so no element).
  const continued = title
    ? stackBoxes([
        ...textBoxes(
          `${title} (continued)`,
          type.tableTitle,
          frame.x,
          frame.width,
          state,
          true,
          [],
        ),
        drawingBox(GAP, () => undefined),
      ])
    : undefined;
  return {
    title: titleBoxes,
    continued,
    source: () =>
      source
        ? withGap(
            textBoxes(
              `${CAPTION_LABEL.source}: ${source}`,
              type.tableSource,
              frame.x,
              frame.width,
              state,
              false,
              [...table, tagStep(state, 'Caption')],
            ),
            'before',
          )
        : [],
  };
}

/** The first or last box grown by the gap (so the gap travels with its caption). */
function withGap(boxes: Box[], side: 'before' | 'after'): Box[] {
  const index = side === 'before' ? 0 : boxes.length - 1;
  const box = boxes[index];
  if (!box) return boxes;
  const offset = side === 'before' ? GAP : 0;
  const grown: Box = {
    ...box,
    height: box.height + GAP,
    draw: (ctx, top) => box.draw(ctx, top + offset),
  };
  if (box.firstBaseline !== undefined) grown.firstBaseline = box.firstBaseline + offset;
  return boxes.map((b, i) => (i === index ? grown : b));
}
