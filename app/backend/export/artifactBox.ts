import type { Box } from './flowTypes';

/** The same box, drawn as an artifact (a table header repeated on a continuation page). */
export function artifactBox(box: Box): Box {
  return { ...box, draw: (ctx, top) => ctx.tags.artifact(() => box.draw(ctx, top)) };
}
