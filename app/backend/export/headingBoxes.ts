import type { HeadingNode } from '../../../shared/memo/memoTypes';
import { decorateBox } from './decorateBox';
import type { Box, Span, StructRole } from './flowTypes';
import { inlineSpans } from './inlineSpans';
import type { Frame, LayoutState } from './layoutState';
import { lineBoxes } from './lineBoxes';
import { type, type TextStyleSpec } from './pdfTheme';
import { tagStep } from './tagStep';

const STYLES = { 1: type.h1, 2: type.h2, 3: type.h3, 4: type.h4 } as const;

/** A heading: sans, kept with what follows, a bookmark in the outline and a link target. */
export function headingBoxes(node: HeadingNode, frame: Frame, state: LayoutState): Box[] {
  const level = node.attrs.level;
  const spec: TextStyleSpec = STYLES[level] ?? type.h4;
  const spans = inlineSpans(
    node.content,
    {
      family: 'sans',
      bold: true,
      italic: false,
      size: spec.size,
      color: spec.color,
      tracking: spec.tracking ?? 0,
    },
    state,
  );
  const boxes = lineBoxes(spans, state, {
    x: frame.x,
    width: frame.width,
    leading: spec.leading,
    size: spec.size,
    keepAll: true,
    tag: [
      ...(frame.tag ?? []),
      tagStep(state, `H${Math.min(4, Math.max(1, level))}` as StructRole),
    ],
  });
  state.counters.heading += 1;
  const dest = `heading-${state.counters.heading}`;
  const title = plainText(spans);
  const first = boxes[0];
  if (first && title !== '') {
    boxes[0] = decorateBox(first, (ctx, top) => {
      ctx.doc.addNamedDestination(dest, 'XYZ', null, Math.max(0, top - 18), null);
      ctx.addOutline(level, title, dest);
    });
  }
  return boxes;
}

/** The text a span list reads as (footnote markers left out), for bookmarks. */
export function plainText(spans: Span[]): string {
  return spans
    .map((s) => (s.hardBreak ? ' ' : s.footnote ? '' : s.text))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
