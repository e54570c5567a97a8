import type { MemoProblem } from '../../../shared/memo/memoEvaluation';
import { decorateBox } from './decorateBox';
import type { Box, FlowItem } from './flowTypes';
import type { LayoutState } from './layoutState';
import { colors, type } from './pdfTheme';
import { drawingBox, textBoxes } from './textBoxes';

const PAD = 9;

/** With errors allowed: a red panel at the top listing each figure error and where it is. */
export function problemNoticeBoxes(problems: MemoProblem[], state: LayoutState): FlowItem[] {
  if (problems.length === 0) return [];
  const { left, right } = state.page;
  const width = right - left;
  const inner = width - 2 * PAD - 4;
  const x = left + PAD + 4;
  const count = problems.length === 1 ? '1 figure error' : `${problems.length} figure errors`;
  const head = textBoxes(
    `This export contains ${count}, marked in red in the text.`,
    { ...type.h3, color: colors.error, size: 9, leading: 13 },
    x,
    inner,
    state,
    true,
  );
  const list = problems.flatMap((p) =>
    textBoxes(`${p.place}: ${p.message}`, { ...type.cell, size: 8, leading: 11 }, x, inner, state),
  );
  const boxes: Box[] = [
    drawingBox(PAD, () => undefined, true),
    ...head,
    drawingBox(3, () => undefined, true),
    ...list,
    drawingBox(PAD, () => undefined),
  ];
  const panel = boxes.map((box) =>
    decorateBox(box, (ctx, top) => {
      ctx.doc.save().rect(left, top, width, box.height).fill(colors.errorPanel).restore();
      ctx.doc.save().rect(left, top, 2.5, box.height).fill(colors.error).restore();
    }),
  );
  return [...panel, { kind: 'space', height: 14 }];
}
