import type { Box, DrawContext } from './flowTypes';

/** The same box, also drawing `extra` (before its own content, so it sits underneath). */
export function decorateBox(box: Box, extra: (ctx: DrawContext, top: number) => void): Box {
  return {
    ...box,
    draw(ctx, top) {
      extra(ctx, top);
      box.draw(ctx, top);
    },
  };
}
