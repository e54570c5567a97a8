import type { BlockNode } from '../../../shared/memo/memoTypes';
import { blockquoteBoxes } from './blockquoteBoxes';
import { calcBlockBoxes } from './calcBlockBoxes';
import { chartBoxes } from './chartBoxes';
import type { FlowItem } from './flowTypes';
import { headingBoxes } from './headingBoxes';
import { inlineSpans } from './inlineSpans';
import type { Frame, LayoutState } from './layoutState';
import { lineBoxes } from './lineBoxes';
import { listBoxes } from './listBoxes';
import { spacing, type } from './pdfTheme';
import { tableBoxes } from './tableBoxes';
import { tagStep } from './tagStep';

/**
 * Lays out blocks into a flow of boxes and spaces. The space between two blocks is the
 * larger of the first's space after and the second's space before; inside lists it is tight.
 */
export function layoutBlocks(nodes: BlockNode[], frame: Frame, state: LayoutState): FlowItem[] {
  const items: FlowItem[] = [];
  let previousAfter = 0;
  const layoutChildren = (children: BlockNode[], inner: Frame): FlowItem[] =>
    layoutBlocks(children, inner, state);
  nodes.forEach((node, i) => {
    const { before, after } = blockSpacing(node, frame);
    if (i > 0 && node.type !== 'pageBreak') {
      items.push({ kind: 'space', height: Math.max(previousAfter, before) });
    }
    previousAfter = after;
    switch (node.type) {
      case 'paragraph': {
        const spec = frame.quoted ? type.quote : type.body;
        const spans = inlineSpans(
          node.content,
          {
            family: 'serif',
            bold: false,
            italic: frame.quoted,
            size: spec.size,
            color: spec.color,
          },
          state,
        );
        items.push(
          ...lineBoxes(spans, state, {
            x: frame.x,
            width: frame.width,
            leading: spec.leading,
            size: spec.size,
            tag: [...(frame.tag ?? []), tagStep(state, 'P')],
          }),
        );
        break;
      }
      case 'heading':
        items.push(...headingBoxes(node, frame, state));
        break;
      case 'bulletList':
      case 'orderedList':
        items.push(...listBoxes(node, frame, state, layoutChildren));
        break;
      case 'blockquote':
        items.push(...blockquoteBoxes(node, frame, state, layoutChildren));
        break;
      case 'table':
        items.push(...tableBoxes(node, frame, state));
        break;
      case 'calcBlock':
        items.push(...calcBlockBoxes(node, frame, state));
        break;
      case 'chartBlock':
        items.push(...chartBoxes(node, frame, state));
        break;
      case 'pageBreak':
        items.push({ kind: 'pageBreak' });
        break;
    }
  });
  return items;
}

function blockSpacing(node: BlockNode, frame: Frame): { before: number; after: number } {
  const tight = frame.listDepth > 0;
  switch (node.type) {
    case 'heading':
      return {
        before: spacing.headingBefore[node.attrs.level] ?? 10,
        after: spacing.headingAfter[node.attrs.level] ?? 3,
      };
    case 'paragraph':
      return { before: 0, after: tight ? spacing.listItem : spacing.paragraph };
    case 'bulletList':
    case 'orderedList':
      return tight
        ? { before: spacing.listItem, after: spacing.listItem }
        : { before: spacing.paragraph, after: spacing.paragraph };
    case 'pageBreak':
      return { before: 0, after: 0 };
    default:
      return { before: spacing.block, after: spacing.block + 2 };
  }
}
