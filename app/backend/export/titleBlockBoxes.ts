import type { MemoMeta } from '../../../shared/memo/memoTypes';
import { shownTitle } from '../../../shared/memo/shownTitle';
import type { FlowItem } from './flowTypes';
import { formatLongDate, isoDate } from './formatLongDate';
import type { LayoutState } from './layoutState';
import { colors, type } from './pdfTheme';
import { tagStep } from './tagStep';
import { drawingBox, textBoxes } from './textBoxes';

/**
 * The title block: title, subtitle, byline (author, date and, when the memo is exported in a
 * scenario, `Scenario: bull`) and a rule, kept together.
 */
export function titleBlockBoxes(meta: MemoMeta, state: LayoutState, scenario = ''): FlowItem[] {
  const { left, right } = state.page;
  const width = right - left;
  const items: FlowItem[] = [];
  items.push(
    ...textBoxes(shownTitle(meta.title), type.title, left, width * 0.9, state, true, [
      tagStep(state, 'H1'),
    ]),
  );
  if (meta.subtitle.trim() !== '') {
    items.push({ kind: 'space', height: 5 });
    items.push(...textBoxes(meta.subtitle.trim(), type.subtitle, left, width * 0.9, state, true));
  }
  const date = formatLongDate(meta.date || isoDate(state.options.date));
  const byline = [meta.author.trim(), date, scenario ? `Scenario: ${scenario}` : '']
    .filter((s) => s !== '')
    .join('  ·  ');
  items.push({ kind: 'space', height: 12 });
  items.push(...textBoxes(byline, type.byline, left, width, state, true));
  items.push(
    drawingBox(
      12,
      (ctx, top) => {
        ctx.doc
          .save()
          .rect(left, top + 7, width, 1.6)
          .fill(colors.accent)
          .restore();
      },
      false,
    ),
  );
  items.push({ kind: 'space', height: 16 });
  return items;
}
