/**
 * Builds the PDF outline (bookmarks) from headings as they are drawn: each heading nests
 * under the closest shallower one, and opens at the heading's own position (a named
 * destination) rather than the top of its page.
 */
export function createOutlineBuilder(
  doc: PDFKit.PDFDocument,
): (level: number, title: string, dest: string) => void {
  const stack: { level: number; item: PDFKit.PDFOutline }[] = [];
  return (level, title, dest) => {
    while (stack.length > 0 && stack[stack.length - 1]!.level >= level) stack.pop();
    const parent = stack[stack.length - 1]?.item ?? doc.outline;
    const item = parent.addItem(title, { expanded: level === 1 });
    // pdfkit points items at the whole page; point at the heading's destination instead.
    const data: unknown = Reflect.get(item, 'outlineData');
    if (data !== null && typeof data === 'object') Reflect.set(data, 'Dest', new String(dest));
    stack.push({ level, item });
  };
}
