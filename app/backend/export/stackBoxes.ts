import type { Box } from './flowTypes';

/** Boxes drawn one under another as one box (so they never split); their footnotes go with it. */
export function stackBoxes(boxes: Box[]): Box {
  const height = boxes.reduce((h, b) => h + b.height, 0);
  const footnotes = boxes.flatMap((b) => b.footnotes ?? []);
  return {
    kind: 'box',
    height,
    draw(ctx, top) {
      let y = top;
      for (const box of boxes) {
        box.draw(ctx, y);
        y += box.height;
      }
    },
    ...(footnotes.length > 0 ? { footnotes } : {}),
  };
}
