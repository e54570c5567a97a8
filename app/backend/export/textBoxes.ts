import type { Box, SpanStyle, TagPath } from './flowTypes';
import type { LayoutState } from './layoutState';
import { lineBoxes } from './lineBoxes';
import type { TextStyleSpec } from './pdfTheme';

/** Plain text (no marks, no figures) set in one style, one box per line. */
export function textBoxes(
  text: string,
  spec: TextStyleSpec,
  x: number,
  width: number,
  state: LayoutState,
  keepAll = false,
  tag?: TagPath,
): Box[] {
  const style: SpanStyle = {
    font: spec.font,
    size: spec.size,
    color: spec.color,
    tracking: spec.tracking ?? 0,
    underline: false,
    rise: 0,
  };
  return lineBoxes([{ text, style }], state, {
    x,
    width,
    leading: spec.leading,
    size: spec.size,
    keepAll,
    ...(tag ? { tag } : {}),
  });
}

/** A box that only draws (a rule, a panel edge), of a given height. */
export function drawingBox(height: number, draw: Box['draw'], keepWithNext = false): Box {
  return { kind: 'box', height, draw, ...(keepWithNext ? { keepWithNext } : {}) };
}
