import type { DrawContext, Fragment, Line, LinkTarget } from './flowTypes';

/**
 * Draws one laid-out line with its baseline at `baseline`; `top`/`height` bound its link
 * areas. A run of fragments with one link target is one Link element (tagged) holding its
 * text and its one annotation.
 */
export function drawLine(
  ctx: DrawContext,
  line: Line,
  x: number,
  baseline: number,
  top: number,
  height: number,
): void {
  const fragments = line.fragments;
  for (let i = 0; i < fragments.length; ) {
    const link = fragments[i]!.link;
    const key = linkKey(link);
    let j = i + 1;
    while (j < fragments.length && key !== null && linkKey(fragments[j]!.link) === key) j++;
    const run = fragments.slice(i, j);
    if (link) {
      ctx.tags.link((structParent) => {
        for (const fragment of run) drawFragment(ctx, fragment, x, baseline, top);
        drawLinkArea(ctx.doc, link, run, x, top, height, structParent);
      });
    } else {
      for (const fragment of run) drawFragment(ctx, fragment, x, baseline, top);
    }
    i = j;
  }
}

function drawFragment(
  ctx: DrawContext,
  fragment: Fragment,
  x: number,
  baseline: number,
  top: number,
): void {
  const { doc } = ctx;
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
    ctx.tags.artifact(() => {
      doc
        .save()
        .moveTo(fx, y)
        .lineTo(fx + fragment.width, y)
        .lineWidth(Math.max(0.4, style.size * 0.05))
        .strokeColor(style.color)
        .stroke()
        .restore();
    });
  }
  if (fragment.dest)
    doc.addNamedDestination(fragment.dest, 'XYZ', null, Math.max(0, top - 24), null);
}

/**
 * PDF viewers slow down, and poppler draws a blank page, with thousands of link annotations
 * on one page: past this many a page's further links are left out (their text stays).
 */
export const MAX_LINKS_PER_PAGE = 500;
const linksOnPage = new WeakMap<object, number>();

/** One link annotation per run of adjacent fragments with the same target, not one per word. */
function drawLinkArea(
  doc: PDFKit.PDFDocument,
  link: LinkTarget,
  run: Fragment[],
  x: number,
  top: number,
  height: number,
  structParent: unknown,
): void {
  const page = doc.page as unknown as object;
  const count = linksOnPage.get(page) ?? 0;
  if (count >= MAX_LINKS_PER_PAGE) return;
  linksOnPage.set(page, count + 1);
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const left = x + first.x;
  const width = x + last.x + last.width - left;
  // PDF/UA: a link annotation says in words where it goes, and belongs to its Link element.
  const contents = run
    .map((f) => f.text)
    .join('')
    .trim();
  const options = {
    ...(structParent ? { structParent } : {}),
    Contents: new String(link.kind === 'uri' ? `${contents} (${link.uri})` : contents),
  } as unknown as PDFKit.Mixins.AnnotationOption;
  if (link.kind === 'uri') doc.link(left, top, width, height, link.uri, options);
  else doc.goTo(left, top, width, height, link.name, options);
}

function linkKey(link: LinkTarget | undefined): string | null {
  return link ? `${link.kind}:${link.kind === 'uri' ? link.uri : link.name}` : null;
}
