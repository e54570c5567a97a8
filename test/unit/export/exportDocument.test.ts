import { describe, expect, it } from 'vitest';
import { exportMemoPdf } from '../../../app/backend/export/exportMemoPdf';
import { articleFacts, articleMemo } from './articleMemo';
import { evaluateMemo } from '../../../shared/memo/evaluateMemo';
import { EMPTY_HOUSE_STYLE } from '../../../shared/api/houseStyleApi';
import { h, memo, p, table, text } from './memoBuilders';
import { flat, usePdfTools } from './openedPdfs';

const open = usePdfTools();
const inked = (rgb: Uint8Array): number => {
  let count = 0;
  for (let i = 0; i + 2 < rgb.length; i += 3)
    if (Math.min(rgb[i]!, rgb[i + 1]!, rgb[i + 2]!) < 248) count += 1;
  return count;
};
const evaluation = evaluateMemo(articleMemo, articleFacts);
const date = new Date('2026-02-03T09:30:00Z');

describe('the exported document', () => {
  it('embeds and subsets every font: Source Serif 4 for text, Inter for structure', async () => {
    const fonts = open(await exportMemoPdf(articleMemo, evaluation, { ledger: true })).fonts();
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font, font.name).toMatchObject({ embedded: true, subset: true, unicode: true });
    }
    const names = fonts.map((f) => f.name).join(' ');
    expect(names).toMatch(/SourceSerif4-Regular/);
    expect(names).toMatch(/Inter-/);
    expect(names).not.toMatch(/Helvetica|Times|Courier/);
  });

  it('renders the characters analysts write: € £ ¥ — “ ” and accented names', async () => {
    const text = open(await exportMemoPdf(articleMemo, evaluation)).text();
    for (const s of [
      '€',
      '£',
      '¥',
      '—',
      '“syndicate”',
      'Zoë',
      'Šimić',
      'José Müller',
      'Amazon’s',
    ]) {
      expect(text).toContain(s);
    }
  });

  it('has every glyph of a wide analyst repertoire in the serif and the sans faces', async () => {
    const repertoire =
      '€ £ ¥ ₹ ¢ — – “ ” ‘ ’ … • → ≈ × ÷ ½ − ± ≤ ≥ ° § © ® ™ ‰ µ Δ Šimić Žižek Łódź Œuvre Straße Ørsted Ñandú Müller İstanbul Dvořák Curaçao';
    const m = memo(
      { title: 'Repertoire' },
      h(2, repertoire),
      p(repertoire),
      p(text(repertoire, 'bold', 'italic')),
      table(['Name'], [repertoire]),
    );
    const extracted = flat(open(await exportMemoPdf(m, evaluateMemo(m, []))).text());
    const found = extracted.split(repertoire).length - 1;
    expect(found).toBe(4);
  });

  it('carries title, author, subject and creation date', async () => {
    const info = open(await exportMemoPdf(articleMemo, evaluation, { date })).info();
    expect(info['Title']).toBe('Amazon’s $50B bet on OpenAI');
    expect(info['Author']).toBe('Research — Technology, Media & Telecom');
    expect(info['Subject']).toContain('Placement matters more than scale');
    expect(info['CreationDate']).toMatch(/Feb\s+3 09:30:00 2026/);
  });

  it('sets A4 by default and Letter on request', async () => {
    const a4 = open(await exportMemoPdf(articleMemo, evaluation)).info();
    expect(a4['Page size']).toMatch(/^595\.2\d* x 841\.8\d* pts \(A4\)/);
    const letter = open(await exportMemoPdf(articleMemo, evaluation, { paper: 'Letter' })).info();
    expect(letter['Page size']).toMatch(/^612 x 792 pts \(letter\)/);
  });

  it('runs a header (title, confidentiality) and a footer (date, page X of Y) on every page', async () => {
    const pdf = open(
      await exportMemoPdf(articleMemo, evaluation, {
        ledger: true,
        confidentiality: 'Strictly private',
      }),
    );
    const pages = pdf.pageCount();
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page++) {
      const text = flat(pdf.text(page));
      expect(text).toContain('STRICTLY PRIVATE');
      expect(text).toContain(`Page ${page} of ${pages}`);
      expect(text).toContain('30 January 2026');
      if (page > 1) expect(text).toContain('Amazon’s $50B bet on OpenAI');
    }
  });

  it('builds the outline from the headings, nested by level', async () => {
    const raw = open(await exportMemoPdf(articleMemo, evaluation, { ledger: true })).raw();
    expect(raw).toContain('/Outlines');
    expect(raw).toContain('/PageMode /UseOutlines');
    for (const title of [
      'Capital at unprecedented scale',
      'Cloud compute leverage & dependency',
      'Valuation',
      'What to watch',
      'Appendix: figure ledger',
    ]) {
      expect(raw).toContain(`/Title (${title})`);
    }
    // Each heading hangs under the closest shallower heading before it.
    const objects = new Map(
      [...raw.matchAll(/(\d+) 0 obj\s*<<([\s\S]*?)>>\s*endobj/g)].map((m) => [m[1]!, m[2]!]),
    );
    const parentTitle = (title: string): string | undefined => {
      const item = [...objects.values()].find((body) => body.includes(`/Title (${title})`));
      const parent = /\/Parent (\d+) 0 R/.exec(item ?? '')?.[1];
      return /\/Title \(([^)]*)\)/.exec(objects.get(parent ?? '') ?? '')?.[1];
    };
    expect(parentTitle('Cloud compute leverage & dependency')).toBe(
      'Capital at unprecedented scale',
    );
    expect(parentTitle('What to watch')).toBe('Valuation');
    expect(parentTitle('Capital at unprecedented scale')).toBeUndefined();
  });

  it('marks every page DRAFT only when asked: in the header and as a watermark', async () => {
    const draft = open(await exportMemoPdf(articleMemo, evaluation, { draft: true }));
    const final = open(await exportMemoPdf(articleMemo, evaluation));
    expect(draft.pageCount()).toBe(final.pageCount());
    for (let page = 1; page <= draft.pageCount(); page++) {
      expect(draft.text(page)).toContain('DRAFT · CONFIDENTIAL');
      // The watermark darkens a large area of the page that is white without it.
      expect(inked(draft.pixels(page))).toBeGreaterThan(inked(final.pixels(page)) + 1500);
    }
    expect(final.text()).not.toContain('DRAFT');
  });

  it('ends with the disclaimer', async () => {
    const disclaimer =
      'This note is for information only and is not investment advice.\n\nWe hold no positions.';
    const pdf = open(
      await exportMemoPdf(articleMemo, evaluation, {
        house: { ...EMPTY_HOUSE_STYLE, disclaimer },
        ledger: true,
      }),
    );
    const last = flat(pdf.text(pdf.pageCount()));
    expect(last).toContain('DISCLAIMER');
    expect(last).toContain('This note is for information only and is not investment advice.');
    expect(last.indexOf('We hold no positions.')).toBeGreaterThan(
      last.indexOf('not investment advice'),
    );
  });

  it('puts each footnote at the foot of the page that refers to it', async () => {
    const filler = Array.from({ length: 40 }, (_, i) =>
      p(`Paragraph ${i + 1} of filler text that runs on.`),
    );
    const noted = memo(
      { title: 'Notes' },
      ...filler,
      p('A claim that needs a source.', {
        type: 'footnote',
        attrs: { text: 'The source, at the foot.' },
      }),
      h(2, 'Afterwards'),
    );
    const pdf = open(await exportMemoPdf(noted, evaluateMemo(noted, [])));
    const page = [1, 2, 3].find((n) => pdf.text(n).includes('A claim that needs a source.'));
    expect(page).toBe(2);
    const lines = pdf
      .text(page, true)
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const noteLine = lines.findIndex((l) => l.includes('The source, at the foot.'));
    expect(noteLine).toBeGreaterThan(lines.findIndex((l) => l.includes('Afterwards')));
    expect(lines[noteLine]).toMatch(/^1\s+The source, at the foot\.$/);
    expect(pdf.text(1)).not.toContain('The source, at the foot.');
  });
});
