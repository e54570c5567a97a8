import type { BlockNode, BulletListNode, OrderedListNode } from '../../../shared/memo/memoTypes';
import { baselineOffset } from './lineBoxes';
import { decorateBox } from './decorateBox';
import type { FlowItem, SpanStyle, TagPath } from './flowTypes';
import type { Frame, LayoutState } from './layoutState';
import { spacing, type } from './pdfTheme';
import { tagStep } from './tagStep';

/** Lays out nested blocks (passed in, so that block layout and lists do not import each other). */
export type LayoutChildren = (nodes: BlockNode[], frame: Frame) => FlowItem[];

const BULLETS = ['•', '–', '·'];

/** A bullet or numbered list: markers hang in a gutter, items nest with deeper indents. */
export function listBoxes(
  node: BulletListNode | OrderedListNode,
  frame: Frame,
  state: LayoutState,
  layoutChildren: LayoutChildren,
): FlowItem[] {
  const depth = frame.listDepth;
  const spec = frame.quoted ? type.quote : type.body;
  const start = node.type === 'orderedList' ? (node.attrs?.start ?? 1) : 1;
  const markerStyle: SpanStyle = {
    font: node.type === 'orderedList' ? (frame.quoted ? 'serif-italic' : 'serif') : 'serif',
    size: spec.size,
    color: node.type === 'orderedList' ? spec.color : '#4a5563',
    tracking: 0,
    underline: false,
    rise: 0,
  };
  const indent = spacing.listIndent;
  const inner: Frame = {
    ...frame,
    x: frame.x + indent,
    width: frame.width - indent,
    listDepth: depth + 1,
  };
  const items: FlowItem[] = [];
  const list: TagPath = [...(frame.tag ?? []), tagStep(state, 'L')];
  node.content.forEach((item, i) => {
    const entry: TagPath = [...list, tagStep(state, 'LI')];
    const label: TagPath = [...entry, tagStep(state, 'Lbl')];
    const marker =
      node.type === 'orderedList'
        ? `${orderedLabel(start + i, depth)}.`
        : (BULLETS[depth % 3] ?? '•');
    const markerWidth = state.measurer.width(marker, markerStyle);
    const children = layoutChildren(item.content, {
      ...inner,
      tag: [...entry, tagStep(state, 'LBody')],
    });
    const firstBox = children.findIndex((c) => c.kind === 'box');
    const box = children[firstBox];
    if (box?.kind === 'box') {
      const baseline = box.firstBaseline ?? baselineOffset(spec.leading, spec.size);
      children[firstBox] = decorateBox(box, (ctx, top) => {
        ctx.tags.content(label, () => {
          ctx.doc.font(markerStyle.font).fontSize(markerStyle.size).fillColor(markerStyle.color);
          ctx.doc.text(marker, inner.x - 6 - markerWidth, top + baseline, {
            lineBreak: false,
            baseline: 'alphabetic',
          });
        });
      });
    }
    if (i > 0) items.push({ kind: 'space', height: spacing.listItem });
    items.push(...children);
  });
  return items;
}

/** 1, 2, 3 at the top level; a, b, c below; i, ii, iii below that. */
function orderedLabel(n: number, depth: number): string {
  if (depth % 3 === 1) return alphabetic(n);
  if (depth % 3 === 2) return roman(n);
  return String(n);
}

function alphabetic(n: number): string {
  let label = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
    label = String.fromCharCode(97 + ((k - 1) % 26)) + label;
  return label;
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let rest = n;
  let label = '';
  for (const [value, symbol] of table) {
    while (rest >= value) {
      label += symbol;
      rest -= value;
    }
  }
  return label;
}
