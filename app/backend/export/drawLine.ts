import type { DrawContext, Line } from './flowTypes';

/** Draws one laid-out line with its baseline at `baseline`; `top`/`height` bound its link areas. */
export function drawLine(
  ctx: DrawContext,
  line: Line,
  x: number,
  baseline: number,
  top: number,
  height: number,
): void {
  const { doc } = ctx;
  for (const fragment of line.fragments) {
    const { style } = fragment;
    const fx = x + fragment.x;
    // Each word ends with a space, as the measurer shaped it (pdfkit caches shaping per `word `).
    const text = fragment.text.trimEnd() === '' ? '' : `${fragment.text.trimEnd()} `;
    if (text !== '') {
      doc.font(style.font).fontSize(style.size).fillColor(style.color);
      doc.text(text, fx, baseline - style.rise, {
        lineBreak: false,
        baseline: 'alphabetic',
        characterSpacing: style.tracking,
        ...(style.features ? { features: style.features } : {}),
      });
    }
    if (style.underline) {
      const y = baseline + style.size * 0.13;
      doc
        .save()
        .moveTo(fx, y)
        .lineTo(fx + fragment.width, y)
        .lineWidth(Math.max(0.4, style.size * 0.05))
        .strokeColor(style.color)
        .stroke()
        .restore();
    }
    if (fragment.dest)
      doc.addNamedDestination(fragment.dest, 'XYZ', null, Math.max(0, top - 24), null);
  }
  drawLinkAreas(doc, line, x, top, height);
}

/**
 * PDF viewers slow down, and poppler draws a blank page, with thousands of link annotations
 * on one page: past this many a page's further links are left out (their text stays).
 */
export const MAX_LINKS_PER_PAGE = 500;
const linksOnPage = new WeakMap<object, number>();

/** One link annotation per run of adjacent fragments with the same target, not one per word. */
function drawLinkAreas(
  doc: PDFKit.PDFDocument,
  line: Line,
  x: number,
  top: number,
  height: number,
): void {
  const fragments = line.fragments;
  for (let i = 0; i < fragments.length; ) {
    const link = fragments[i]!.link;
    const key = linkKey(link);
    let j = i + 1;
    while (j < fragments.length && key !== null && linkKey(fragments[j]!.link) === key) j++;
    if (link) {
      const page = doc.page as unknown as object;
      const count = linksOnPage.get(page) ?? 0;
      if (count < MAX_LINKS_PER_PAGE) {
        linksOnPage.set(page, count + 1);
        const first = fragments[i]!;
        const last = fragments[j - 1]!;
        const left = x + first.x;
        const width = x + last.x + last.width - left;
        if (link.kind === 'uri') doc.link(left, top, width, height, link.uri);
        else doc.goTo(left, top, width, height, link.name);
      }
    }
    i = j;
  }
}

function linkKey(link: Line['fragments'][number]['link']): string | null {
  return link ? `${link.kind}:${link.kind === 'uri' ? link.uri : link.name}` : null;
}
