import type { Measurer, SpanStyle } from './flowTypes';

/** Measures with the document's own fonts (so layout and drawing agree), memoised per style and text. */
export function createMeasurer(doc: PDFKit.PDFDocument): Measurer {
  const byStyle = new Map<string, Map<string, number>>();
  const width = (text: string, style: SpanStyle): number => {
    const key = `${style.font}|${style.size}|${style.tracking}|${style.features ? 't' : ''}`;
    let widths = byStyle.get(key);
    if (!widths) {
      widths = new Map();
      byStyle.set(key, widths);
    }
    let measured = widths.get(text);
    if (measured === undefined) {
      doc.font(style.font).fontSize(style.size);
      const options = style.features ? { features: style.features } : {};
      // pdfkit shapes and caches text word by word, each with its trailing space: measure
      // `word ` (less a space) so that drawing, which also ends words with a space, reuses it.
      measured =
        text === ' '
          ? doc.widthOfString(' ', options)
          : doc.widthOfString(`${text} `, options) - doc.widthOfString(' ', options);
      measured += style.tracking * text.length;
      widths.set(text, measured);
    }
    return measured;
  };
  return { width };
}
