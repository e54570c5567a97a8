import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportMemoPdf } from '../../../app/backend/export/exportMemoPdf';
import type { ExportOptions } from '../../../app/backend/export/exportOptions';
import type { HouseStyle } from '../../../shared/api/houseStyleApi';
import { evaluateMemo } from '../../../shared/memo/evaluateMemo';
import { articleFacts, articleMemo } from './articleMemo';
import { flat, usePdfTools } from './openedPdfs';

const open = usePdfTools();
const evaluation = evaluateMemo(articleMemo, articleFacts);
const logoOf = (kind: 'png' | 'svg'): HouseStyle['logo'] => ({
  kind,
  fileName: `logo.${kind}`,
  base64: readFileSync(new URL(`../../fixtures/houseStyle/logo.${kind}`, import.meta.url)).toString(
    'base64',
  ),
});
const house = (change: Partial<HouseStyle> = {}): HouseStyle => ({
  firm: 'Harbor Point Capital',
  logo: logoOf('png'),
  disclaimer: '',
  certification: 'I, {analyst}, certify that the views expressed in this memo are my own.',
  disclosures: 'We may hold positions in the securities discussed.\n\nRatings are Buy, Hold, Sell.',
  ...change,
});
const exportWith = async (style: HouseStyle, options: Partial<ExportOptions> = {}) =>
  open(await exportMemoPdf(articleMemo, evaluation, { house: style, ...options }));
const figureAlts = [
  'for obj in pdf.objects:',
  '    if isinstance(obj, pikepdf.Dictionary) and obj.get("/S") == "/Figure":',
  '        print(str(obj.get("/Alt")))',
].join('\n');

describe('the house style in the PDF', () => {
  it('prints the firm on the title block and in every footer, the certification naming the author, and a Disclosures page before the ledger', async () => {
    const pdf = await exportWith(house(), { ledger: true });
    const pages = pdf.pageCount();
    expect(flat(pdf.text(1))).toMatch(
      /^CONFIDENTIAL HARBOR POINT CAPITAL Amazon’s \$50B bet on OpenAI/,
    );
    for (let page = 1; page <= pages; page++)
      expect(flat(pdf.text(page))).toContain(
        `Harbor Point Capital · 30 January 2026 Page ${page} of`,
      );
    const text = flat(pdf.text());
    expect(text).toContain(
      `Analyst certification I, ${articleMemo.meta.author}, certify that the views expressed in this memo are my own.`,
    );
    const disclosures = Array.from({ length: pages }, (_, i) => i + 1).find((page) =>
      flat(pdf.text(page)).includes('Disclosures We may hold positions'),
    );
    expect(disclosures).toBeDefined();
    expect(flat(pdf.text(disclosures))).toContain('Ratings are Buy, Hold, Sell.');
    expect(flat(pdf.text(disclosures! + 1))).toContain('Appendix: figure ledger');
    // The certification comes after the memo's last words, before the Disclosures page.
    expect(text.indexOf('Analyst certification')).toBeGreaterThan(
      text.indexOf('Microsoft’s response'),
    );
    expect(text.indexOf('Analyst certification')).toBeLessThan(text.indexOf('Disclosures We may'));
  });

  it('tags the logo as a Figure with alt text, and embeds the PNG with its alpha', async () => {
    const pdf = await exportWith(house());
    const struct = pdf.structText();
    expect(struct.split('\n').slice(0, 6).join('\n')).toMatch(/^Document\n {2}Figure:/);
    expect(struct).toMatch(/P \(block\)\n\s+"HARBOR POINT CAPITAL"/);
    expect(pdf.pikepdf(figureAlts).trim().split('\n')).toContain('Harbor Point Capital logo');
    const images = pdfImagesList(pdf);
    expect(images).toEqual([
      { page: '1', type: 'image', width: '96', height: '32', color: 'rgb' },
      { page: '1', type: 'smask', width: '96', height: '32', color: 'gray' },
    ]);
  });

  it('draws an SVG logo as vectors: no image, the Figure still tagged', async () => {
    const pdf = await exportWith(house({ logo: logoOf('svg') }));
    expect(pdfImagesList(pdf)).toEqual([]);
    expect(pdf.pikepdf(figureAlts).trim().split('\n')).toContain('Harbor Point Capital logo');
    // The logo's navy square is painted (about 30 × 30 pt at 72 dpi); without a logo, none is.
    expect(navyPixels(pdf.pixels(1, 72))).toBeGreaterThan(700);
    const plain = await exportWith(house({ logo: null }));
    expect(navyPixels(plain.pixels(1, 72))).toBe(0);
  });

  it('keeps PDF/A-2b sound with a PNG logo', async () => {
    const pdf = await exportWith(house(), { pdfa: true });
    expect(pdf.qpdfCheck()).toContain('No syntax or stream encoding errors');
    expect(pdf.info()['Tagged']).toBe('yes');
    expect(pdf.pikepdf('print(pdf.open_metadata().get("pdfaid:part"))').trim()).toBe('2');
  });

  it('leaves out each part the export does not choose, and prints nothing of an empty style', async () => {
    const without = await exportWith(house(), {
      houseFirm: false,
      houseLogo: false,
      houseCertification: false,
      houseDisclosures: false,
    });
    const text = flat(without.text());
    expect(text).not.toContain('Harbor Point');
    expect(text).not.toContain('HARBOR POINT');
    expect(text).not.toContain('Analyst certification');
    expect(text).not.toContain('Disclosures');
    expect(pdfImagesList(without)).toEqual([]);
    const empty = await exportWith(
      house({ firm: '', logo: null, certification: '', disclosures: '' }),
    );
    expect(flat(empty.text(1))).toMatch(/^CONFIDENTIAL Amazon’s \$50B bet/);
  });

  it('names a fallback analyst when the memo has no author', async () => {
    const anonymous = { ...articleMemo, meta: { ...articleMemo.meta, author: '' } };
    const pdf = open(
      await exportMemoPdf(anonymous, evaluateMemo(anonymous, articleFacts), { house: house() }),
    );
    expect(flat(pdf.text())).toContain('I, the undersigned analyst, certify');
  });
});

/** `pdfimages -list` rows. */
function pdfImagesList(pdf: {
  raw(): string;
}): { page: string; type: string; width: string; height: string; color: string }[] {
  const bytes = Buffer.from(pdf.raw(), 'latin1');
  const out = execFileSync('pdfimages', ['-list', '-'], { input: bytes, encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [page, , type, width, height, color] = line.trim().split(/\s+/);
      return { page: page!, type: type!, width: width!, height: height!, color: color! };
    });
}

/** Pixels of exactly the SVG fixture's navy, #14365d. */
function navyPixels(rgb: Uint8Array): number {
  let count = 0;
  for (let i = 0; i + 2 < rgb.length; i += 3)
    if (rgb[i] === 0x14 && rgb[i + 1] === 0x36 && rgb[i + 2] === 0x5d) count += 1;
  return count;
}
