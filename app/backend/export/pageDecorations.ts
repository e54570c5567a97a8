import type { ExportOptions } from './exportOptions';
import type { Tagger } from './flowTypes';
import type { PageGeometry } from './pdfTheme';
import { colors, type } from './pdfTheme';
import { fitToWidth } from './fitToWidth';

export interface RunningText {
  title: string;
  date: string;
  /** The firm's name (house style), before the date in the footer; '' for none. */
  firm: string;
}

/** The running header (title; DRAFT and the confidentiality label) and footer (firm, date, page X of Y) of one page. */
export function drawRunningHeadAndFoot(
  doc: PDFKit.PDFDocument,
  page: PageGeometry,
  pageIndex: number,
  pageCount: number,
  text: RunningText,
  options: ExportOptions,
  tags: Tagger,
): void {
  const spec = type.running;
  const label = [options.draft ? 'DRAFT' : '', options.confidentiality.trim()]
    .filter((part) => part !== '')
    .join(' · ')
    .toUpperCase();
  const width = page.right - page.left;
  tags.artifact(() => {
    doc.save();
    if (label !== '') {
      doc
        .font('sans-bold')
        .fontSize(spec.size - 0.5)
        .fillColor(colors.accent);
      const labelWidth = doc.widthOfString(label, { characterSpacing: 0.4 });
      doc.text(label, page.right - labelWidth, page.headerBaseline, {
        lineBreak: false,
        baseline: 'alphabetic',
        characterSpacing: 0.4,
      });
    }
    if (pageIndex > 0) {
      doc.font(spec.font).fontSize(spec.size).fillColor(spec.color);
      const title = fitToWidth(
        text.title,
        width * 0.7,
        (part) => doc.widthOfString(part),
        doc.widthOfString('.') / 2,
      );
      doc.text(title, page.left, page.headerBaseline, {
        lineBreak: false,
        baseline: 'alphabetic',
      });
    }
    doc
      .moveTo(page.left, page.headerBaseline + 6)
      .lineTo(page.right, page.headerBaseline + 6)
      .lineWidth(0.5)
      .strokeColor(colors.rule)
      .stroke();

    doc.font(spec.font).fontSize(spec.size).fillColor(spec.color);
    const foot = text.firm !== '' ? `${text.firm}  ·  ${text.date}` : text.date;
    doc.text(foot, page.left, page.footerBaseline, {
      lineBreak: false,
      baseline: 'alphabetic',
    });
    const folio = `Page ${pageIndex + 1} of ${pageCount}`;
    const folioWidth = doc.widthOfString(folio);
    doc.text(folio, page.right - folioWidth, page.footerBaseline, {
      lineBreak: false,
      baseline: 'alphabetic',
    });
    doc.restore();
  }, 'Pagination');
}

/** A diagonal DRAFT across the middle of the page, translucent over the text. */
export function drawDraftWatermark(
  doc: PDFKit.PDFDocument,
  page: PageGeometry,
  tags: Tagger,
): void {
  const size = 110;
  tags.artifact(() => {
    doc.save();
    doc.font('sans-bold').fontSize(size).fillColor(colors.watermark).fillOpacity(0.12);
    const width = doc.widthOfString('DRAFT', { characterSpacing: 6 });
    doc.translate(page.width / 2, page.height / 2).rotate(-50);
    doc.text('DRAFT', -width / 2, size * 0.36, {
      lineBreak: false,
      baseline: 'alphabetic',
      characterSpacing: 6,
    });
    doc.restore();
  }, 'Page');
}
