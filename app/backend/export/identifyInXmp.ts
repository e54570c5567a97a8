/**
 * Makes the XMP packet pdfkit writes valid and complete: pdfkit puts the Info strings into
 * the XML unescaped (a title with `&` or `<` would break the packet, and with it PDF/A), and
 * writes no `xmp:ModifyDate` for the Info dictionary's ModDate. With `pdfua` (a PDF/A file,
 * where pdfkit's one `subset` is taken by PDF/A) the PDF/UA-1 identification is added too.
 */
export function identifyInXmp(
  doc: PDFKit.PDFDocument,
  { pdfua, modified }: { pdfua: boolean; modified: Date },
): void {
  const target = doc as unknown as {
    info: Record<string, unknown>;
    endMetadata(): void;
    appendXML(xml: string): void;
  };
  const endMetadata = target.endMetadata.bind(target);
  target.endMetadata = () => {
    // The Info dictionary is written by now (pdfkit writes it before the metadata).
    for (const [key, value] of Object.entries(target.info)) {
      if (typeof value === 'string') target.info[key] = escapeXml(value);
    }
    const stamp = `${modified.toISOString().split('.')[0]}Z`;
    target.appendXML(
      `<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/"><xmp:ModifyDate>${stamp}</xmp:ModifyDate><xmp:MetadataDate>${stamp}</xmp:MetadataDate></rdf:Description>`,
    );
    if (pdfua) {
      target.appendXML(
        '<rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"><pdfuaid:part>1</pdfuaid:part></rdf:Description>',
      );
    }
    endMetadata();
  };
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
