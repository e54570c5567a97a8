import type { Measurer, SpanStyle } from './flowTypes';

/** Measures with the document's own fonts (so layout and drawing agree), memoised per style and text. */
export function createMeasurer(doc: PDFKit.PDFDocument): Measurer {
  const cache = new Map<string, number>();
  return {
    width(text: string, style: SpanStyle): number {
      const key = `${style.font}|${style.size}|${style.tracking}|${style.features?.join() ?? ''}|${text}`;
      let width = cache.get(key);
      if (width === undefined) {
        doc.font(style.font).fontSize(style.size);
        width = doc.widthOfString(text, style.features ? { features: style.features } : {});
        width += style.tracking * text.length;
        cache.set(key, width);
      }
      return width;
    },
  };
}
