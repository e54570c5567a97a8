import type { PdfLogo } from './pdfHouseStyle';

/**
 * Draws the logo into the box at (x, top) of `width` × `height` (its aspect kept by the
 * caller): a PNG as an image, an SVG as vector paths in its view box.
 */
export function drawLogo(
  doc: PDFKit.PDFDocument,
  logo: PdfLogo,
  x: number,
  top: number,
  width: number,
  height: number,
): void {
  if (logo.kind === 'png') {
    doc.image(Buffer.from(logo.bytes), x, top, { width, height });
    return;
  }
  const [vx, vy, vw, vh] = logo.svg.viewBox;
  const scale = Math.min(width / vw, height / vh);
  doc.save();
  doc.translate(x, top).scale(scale).translate(-vx, -vy);
  for (const shape of logo.svg.shapes) {
    if (shape.fill === null && shape.stroke === null) continue;
    doc.save();
    doc.transform(...shape.matrix);
    doc.path(shape.d);
    if (shape.stroke !== null) doc.lineWidth(shape.strokeWidth).strokeColor(shape.stroke);
    if (shape.fill !== null) doc.fillColor(shape.fill);
    if (shape.fill !== null && shape.stroke !== null) doc.fillAndStroke();
    else if (shape.fill !== null) doc.fill();
    else doc.stroke();
    doc.restore();
  }
  doc.restore();
}

/** The logo's drawn size: its aspect kept, within `maxWidth` × `maxHeight`. */
export function logoSize(
  logo: PdfLogo,
  maxWidth: number,
  maxHeight: number,
): { width: number; height: number } {
  const scale = Math.min(maxWidth / logo.width, maxHeight / logo.height);
  return { width: logo.width * scale, height: logo.height * scale };
}
