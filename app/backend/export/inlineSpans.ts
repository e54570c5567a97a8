import { isValidFormat } from '../../../shared/format/isValidFormat';
import { isAllowedHref } from '../../../shared/memo/isAllowedHref';
import type { InlineNode, Mark } from '../../../shared/memo/memoTypes';
import type { Span, SpanStyle } from './flowTypes';
import type { LayoutState } from './layoutState';
import { fontFor } from './pdfFonts';
import { colors } from './pdfTheme';

/** The style inline content starts from: the block's family, weight, size and colour. */
export interface InlineBase {
  family: 'serif' | 'sans';
  bold: boolean;
  italic: boolean;
  size: number;
  color: string;
  tracking?: number;
}

/**
 * Turns inline nodes into styled spans. Figures show their evaluated `display` exactly;
 * links become clickable only for http, https and mailto (anything else is plain text); footnotes are numbered in order.
 */
export function inlineSpans(
  nodes: InlineNode[] | undefined,
  base: InlineBase,
  state: LayoutState,
): Span[] {
  const spans: Span[] = [];
  for (const node of nodes ?? []) {
    if (node.type === 'text') {
      spans.push(textSpan(node.text, node.marks ?? [], base));
    } else if (node.type === 'figure') {
      const figure = state.figures.figure(node);
      const span: Span = { ...textSpan(figure.display, node.marks ?? [], base), keep: true };
      // An error value (#ERR) or a format that is not one (#FORMAT): both red, as the notice says.
      if (!figure.value.ok || !isValidFormat(node.attrs.format)) {
        span.style = {
          ...span.style,
          color: colors.error,
          font: fontFor(base.family, true, base.italic),
        };
      }
      if (state.options.ledger) {
        span.link = { kind: 'goTo', name: `ledger-${figure.index}` };
        span.dest = `figure-${figure.index}`;
      }
      spans.push(span);
    } else if (node.type === 'footnote') {
      state.counters.footnote += 1;
      const number = state.counters.footnote;
      spans.push({
        text: String(number),
        style: {
          ...styleOf(base, false, false),
          size: base.size * 0.64,
          rise: base.size * 0.36,
          color: colors.accent,
        },
        footnote: { number, text: node.attrs.text },
      });
    } else {
      spans.push({ text: '', style: styleOf(base, false, false), hardBreak: true });
    }
  }
  return spans;
}

function textSpan(text: string, marks: Mark[], base: InlineBase): Span {
  const has = (type: Mark['type']): boolean => marks.some((m) => m.type === type);
  const style = styleOf(base, has('bold'), has('italic'));
  if (has('underline')) style.underline = true;
  const linkMark = marks.find((m) => m.type === 'link');
  const href = linkMark?.attrs?.href?.trim() ?? '';
  if (!isAllowedHref(href)) return { text, style };
  return { text, style: { ...style, color: colors.link }, link: { kind: 'uri', uri: href } };
}

function styleOf(base: InlineBase, bold: boolean, italic: boolean): SpanStyle {
  const style: SpanStyle = {
    font: fontFor(base.family, base.bold || bold, base.italic !== italic),
    size: base.size,
    color: base.color,
    tracking: base.tracking ?? 0,
    underline: false,
    rise: 0,
  };
  return style;
}
