import type { BlockquoteNode } from '../../../shared/memo/memoTypes';
import { decorateBox } from './decorateBox';
import type { FlowItem } from './flowTypes';
import type { Frame, LayoutState } from './layoutState';
import type { LayoutChildren } from './listBoxes';
import { colors, spacing } from './pdfTheme';
import { tagStep } from './tagStep';

/** A block quote: indented italic text with an accent rule down its left side. */
export function blockquoteBoxes(
  node: BlockquoteNode,
  frame: Frame,
  state: LayoutState,
  layoutChildren: LayoutChildren,
): FlowItem[] {
  const inner: Frame = {
    ...frame,
    tag: [...(frame.tag ?? []), tagStep(state, 'BlockQuote')],
    x: frame.x + spacing.quoteIndent,
    width: frame.width - spacing.quoteIndent,
    quoted: true,
  };
  const items = layoutChildren(node.content, inner);
  const ruleX = frame.x + 3;
  return items.map((item, i) => {
    if (item.kind !== 'box') return item;
    const next = items[i + 1];
    const gap = next?.kind === 'space' && items[i + 2]?.kind === 'box' ? next.height : 0;
    return decorateBox(item, (ctx, top) => {
      ctx.doc
        .save()
        .moveTo(ruleX, top)
        .lineTo(ruleX, top + item.height + gap)
        .lineWidth(2)
        .strokeColor(colors.rule)
        .stroke()
        .restore();
    });
  });
}
