import type { FlowItem } from './flowTypes';
import { headingBoxes } from './headingBoxes';
import type { LayoutState } from './layoutState';
import { spacing, type } from './pdfTheme';
import { textBoxes } from './textBoxes';

/**
 * How a page after the memo begins (the figure ledger, the changes since a version): a new
 * page, its title as a level-1 heading, and a paragraph saying what it lists.
 */
export function appendixOpening(title: string, intro: string, state: LayoutState): FlowItem[] {
  const { left, right } = state.page;
  const width = right - left;
  return [
    { kind: 'pageBreak' },
    ...headingBoxes(
      { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: title }] },
      { x: left, width, quoted: false, listDepth: 0 },
      state,
    ),
    { kind: 'space', height: spacing.headingAfter[1] },
    ...textBoxes(intro, type.body, left, width, state),
    { kind: 'space', height: 10 },
  ];
}
