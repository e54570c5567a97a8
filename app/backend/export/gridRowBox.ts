import { breakLines } from './breakLines';
import { drawLine } from './drawLine';
import type { Box, DrawContext, Span, TagPath, TagStep } from './flowTypes';
import type { LayoutState } from './layoutState';
import { baselineOffset } from './lineBoxes';

export interface GridCell {
  x: number;
  width: number;
  spans: Span[];
}

export interface GridRowOptions {
  leading: number;
  size: number;
  padY: number;
  /** Drawn under the cells: background, rules. */
  background?: (ctx: DrawContext, top: number, height: number) => void;
  /** Named destinations at the row's top (a ledger row is the target of every use). */
  dests?: string[];
  /** The row's TR element and each cell's TD or TH under it, in order. */
  tag?: { row: TagPath; cells: TagStep[] };
}

/** A row of cells, each wrapped to its width, top-aligned; the row is one unbreakable box. */
export function gridRowBox(cells: GridCell[], state: LayoutState, options: GridRowOptions): Box {
  const laid = cells.map((cell) => ({
    cell,
    lines: breakLines(cell.spans, cell.width, state.measurer),
  }));
  const lineCount = Math.max(1, ...laid.map((c) => c.lines.length));
  const height = lineCount * options.leading + 2 * options.padY;
  const base = baselineOffset(options.leading, options.size);
  return {
    kind: 'box',
    height,
    draw(ctx, top) {
      options.background?.(ctx, top, height);
      for (const dest of options.dests ?? [])
        ctx.doc.addNamedDestination(dest, 'XYZ', null, Math.max(0, top - 30), null);
      laid.forEach(({ cell, lines }, c) => {
        const step = options.tag?.cells[c];
        const tag: TagPath = options.tag && step ? [...options.tag.row, step] : [];
        ctx.tags.content(tag, () =>
          lines.forEach((line, i) => {
            const lineTop = top + options.padY + i * options.leading;
            drawLine(ctx, line, cell.x, lineTop + base, lineTop, options.leading);
          }),
        );
      });
    },
  };
}
