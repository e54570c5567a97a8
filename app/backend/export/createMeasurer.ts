import type { Measurer, SpanStyle } from './flowTypes';

/** Measures with the document's own fonts (so layout and drawing agree), memoised per style and text. */
export function createMeasurer(doc: PDFKit.PDFDocument): Measurer {
  const byStyle = new Map<string, Map<string, number>>();
  return {
    width(text: string, style: SpanStyle): number {
      const key = `${style.font}|${style.size}|${style.tracking}|${style.features ? 't' : ''}`;
      let widths = byStyle.get(key);
      if (!widths) {
        widths = new Map();
        byStyle.set(key, widths);
      }
      let width = widths.get(text);
      if (width === undefined) {
        doc.font(style.font).fontSize(style.size);
        width = doc.widthOfString(text, style.features ? { features: style.features } : {});
        width += style.tracking * text.length;
        widths.set(text, width);
      }
      return width;
    },
  };
}
