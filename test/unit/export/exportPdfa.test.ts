import { describe, expect, it } from 'vitest';
import { exportMemoPdf } from '../../../app/backend/export/exportMemoPdf';
import { evaluateMemo } from '../../../shared/memo/evaluateMemo';
import { h, memo, p } from './memoBuilders';
import { usePdfTools } from './openedPdfs';
import { sampleFacts, sampleMemo, sampleScenarios } from './sampleMemo';

const open = usePdfTools();

/**
 * PDF/A-2b on request. No conformance checker runs here (veraPDF is not installable), so these
 * check what poppler, qpdf and pikepdf can: the XMP identification (PDF/A-2b and PDF/UA-1) in
 * well-formed XML that agrees with the Info dictionary, the sRGB output intent, every font
 * embedded, the file sound. Not checked: the rest of ISO 19005-2 (e.g. colour spaces of every
 * object, font program details) and the Matterhorn protocol of PDF/UA.
 */
describe('PDF/A on request', () => {
  const xmpScript = [
    'import xml.dom.minidom',
    'raw = pdf.Root.Metadata.read_bytes()',
    'xml.dom.minidom.parseString(raw)',
    'm = pdf.open_metadata()',
    'print(m.get("pdfaid:part"), m.get("pdfaid:conformance"), m.get("{http://www.aiim.org/pdfua/ns/id/}part"))',
    'print(m.get("dc:title"))',
    'print(len(pdf.Root.get("/OutputIntents", [])), str(pdf.Root.OutputIntents[0].S) if "/OutputIntents" in pdf.Root else "")',
  ].join('\n');

  it('writes the PDF/A-2b and PDF/UA-1 identification, the sRGB output intent, and embeds every font', async () => {
    const sample = sampleMemo();
    const evaluation = evaluateMemo(sample, sampleFacts(), {
      scenarios: sampleScenarios(),
      scenario: '',
    });
    const pdf = open(await exportMemoPdf(sample, evaluation, { pdfa: true, ledger: true }));
    const [ids, title, intents] = pdf.pikepdf(xmpScript).trim().split('\n');
    expect(ids).toBe('2 B 1');
    expect(title).toBe(sample.meta.title);
    expect(intents).toBe('1 /GTS_PDFA1');
    const fonts = pdf.fonts();
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts)
      expect(font, font.name).toMatchObject({ embedded: true, unicode: true });
    expect(pdf.info()['Tagged']).toBe('yes');
    expect(pdf.qpdfCheck()).toContain('No syntax or stream encoding errors');
  });

  it('keeps the XMP well-formed when the title has XML’s special characters', async () => {
    const risky = memo({ title: 'M&A <draft> "Q1"' }, h(1, 'One'), p('Text.'));
    const pdf = open(await exportMemoPdf(risky, evaluateMemo(risky, []), { pdfa: true }));
    const [, title] = pdf.pikepdf(xmpScript).trim().split('\n');
    expect(title).toBe('M&A <draft> "Q1"');
    expect(pdf.info()['Title']).toBe('M&A <draft> "Q1"');
  });

  it('writes no PDF/A identification unless asked', async () => {
    const plain = memo({ title: 'Plain' }, p('Text.'));
    const pdf = open(await exportMemoPdf(plain, evaluateMemo(plain, [])));
    const [ids, , intents] = pdf.pikepdf(xmpScript).trim().split('\n');
    expect(ids).toBe('None None 1');
    expect(intents?.trim()).toBe('0');
  });
});
