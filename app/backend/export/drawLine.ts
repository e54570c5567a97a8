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
    if (fragment.link?.kind === 'uri') doc.link(fx, top, fragment.width, height, fragment.link.uri);
    if (fragment.link?.kind === 'goTo')
      doc.goTo(fx, top, fragment.width, height, fragment.link.name);
    if (fragment.dest)
      doc.addNamedDestination(fragment.dest, 'XYZ', null, Math.max(0, top - 24), null);
  }
}
