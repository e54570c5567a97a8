import type { FlowItem } from './flowTypes';
import type { LayoutState } from './layoutState';
import { colors, type } from './pdfTheme';
import { drawingBox, textBoxes } from './textBoxes';

/** The disclaimer at the end of the memo: a rule, a small caption, then its paragraphs. */
export function disclaimerBoxes(disclaimer: string, state: LayoutState): FlowItem[] {
  const paragraphs = disclaimer
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
  if (paragraphs.length === 0) return [];
  const { left, right } = state.page;
  const width = right - left;
  const items: FlowItem[] = [{ kind: 'space', height: 26 }];
  items.push(
    drawingBox(
      9,
      (ctx, top) => {
        ctx.doc
          .save()
          .moveTo(left, top)
          .lineTo(right, top)
          .lineWidth(0.5)
          .strokeColor(colors.rule)
          .stroke()
          .restore();
      },
      true,
    ),
  );
  items.push(...textBoxes('DISCLAIMER', type.caption, left, width, state, true));
  items.push({ kind: 'space', height: 3 });
  paragraphs.forEach((paragraph, i) => {
    if (i > 0) items.push({ kind: 'space', height: 4 });
    items.push(...textBoxes(paragraph, type.disclaimer, left, width, state));
  });
  return items;
}
