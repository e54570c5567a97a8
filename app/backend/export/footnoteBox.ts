import { breakLines } from './breakLines';
import { drawLine } from './drawLine';
import type { Footnote, FootnoteBox, SpanStyle, TagPath } from './flowTypes';
import type { LayoutState } from './layoutState';
import { colors, type } from './pdfTheme';

const HANG = 12;

/** A footnote as it sits at the foot of the page: its number hanging, its text wrapped. */
export function footnoteBox(note: Footnote, state: LayoutState, caller: TagPath): FootnoteBox {
  // Tagged as a Note inside the element that calls it, so it is read where it is called.
  const tag: TagPath = [...caller, { key: `note${note.number}`, role: 'Note' }];
  const { left, right } = state.page;
  const spec = type.footnote;
  const style: SpanStyle = {
    font: spec.font,
    size: spec.size,
    color: spec.color,
    tracking: 0,
    underline: false,
    rise: 0,
  };
  const lines = breakLines([{ text: note.text, style }], right - left - HANG, state.measurer);
  const numberLine = breakLines(
    [
      {
        text: String(note.number),
        style: { ...style, font: 'sans-bold', color: colors.accent, size: 6.5 },
      },
    ],
    HANG,
    state.measurer,
  )[0];
  const baseline = spec.leading / 2 + spec.size * 0.34;
  return {
    height: lines.length * spec.leading + 2,
    draw(ctx, top) {
      ctx.tags.content(tag, () => {
        if (numberLine) drawLine(ctx, numberLine, left, top + baseline - 0.5, top, spec.leading);
        lines.forEach((line, i) => {
          const lineTop = top + i * spec.leading;
          drawLine(ctx, line, left + HANG, lineTop + baseline, lineTop, spec.leading);
        });
      });
    },
  };
}
