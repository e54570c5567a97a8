import type { ChartScene } from '../../../shared/chart/chartScene';
import { CHART_TEXT_FEATURES } from '../../../shared/chart/measureChartText';

/**
 * Draws a chart scene with pdfkit's vector operations at (`left`, `top`): rectangles, lines,
 * polylines and circles as paths, every label as text in the embedded Inter faces (so it can
 * be selected and extracted). No raster image is ever made.
 */
export function drawChartScene(
  doc: PDFKit.PDFDocument,
  scene: ChartScene,
  left: number,
  top: number,
): void {
  doc.save();
  doc.translate(left, top);
  for (const item of scene.items) {
    switch (item.kind) {
      case 'rect':
        doc.rect(item.x, item.y, item.width, item.height).fill(item.fill);
        break;
      case 'line':
        doc.save();
        if (item.dash) doc.dash(item.dash[0], { space: item.dash[1] });
        doc
          .moveTo(item.x1, item.y1)
          .lineTo(item.x2, item.y2)
          .lineWidth(item.width)
          .strokeColor(item.stroke)
          .stroke();
        doc.restore();
        break;
      case 'polyline': {
        const [first, ...rest] = item.points;
        if (!first) break;
        doc.save().moveTo(first[0], first[1]);
        for (const [x, y] of rest) doc.lineTo(x, y);
        doc.lineWidth(item.width).lineJoin('round').lineCap('round').strokeColor(item.stroke);
        doc.stroke().restore();
        break;
      }
      case 'circle':
        doc
          .save()
          .circle(item.cx, item.cy, item.r)
          .lineWidth(item.strokeWidth)
          .fillAndStroke(item.fill, item.stroke)
          .restore();
        break;
      case 'text':
        doc.save();
        if (item.rotate) doc.rotate(item.rotate, { origin: [item.x, item.y] });
        doc.font(item.face).fontSize(item.size).fillColor(item.color);
        doc.text(item.text, item.x, item.y, {
          lineBreak: false,
          baseline: 'alphabetic',
          // pdfkit hands features to fontkit, which takes an object too: kerning off.
          features: CHART_TEXT_FEATURES as unknown as PDFKit.Mixins.OpenTypeFeatures[],
        });
        doc.restore();
        break;
    }
  }
  doc.restore();
}
