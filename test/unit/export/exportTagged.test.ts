import { describe, expect, it } from 'vitest';
import { exportMemoPdf } from '../../../app/backend/export/exportMemoPdf';
import { evaluateMemo } from '../../../shared/memo/evaluateMemo';
import { bullets, fig, h, link, memo, note, p, table } from './memoBuilders';
import { usePdfTools } from './openedPdfs';
import { sampleFacts, sampleMemo, sampleScenarios } from './sampleMemo';

const open = usePdfTools();

const facts = [
  {
    entity: 'ACME',
    metric: 'revenue',
    period: 'FY2025',
    value: 1250,
    unit: 'USD_m',
    source: '10-K',
    asOf: '2026-01-15',
  },
];

const tagged = memo(
  { title: 'Tagged & accessible', author: 'Research' },
  h(1, 'Overview'),
  p(
    'Revenue was ',
    fig('ACME.revenue.FY2025'),
    ', see ',
    link('the filing', 'https://example.com/10k'),
    '.',
    note('From the annual report.'),
  ),
  h(2, 'Points'),
  bullets('First point.', 'Second point.'),
  h(3, 'Numbers'),
  table(['Metric', 'Value'], ['Revenue', fig('ACME.revenue.FY2025')]),
  p('Closing paragraph.'),
);

/** The structure tree's element names in order, one per line of `pdfinfo -struct-text`. */
function roles(structText: string): string[] {
  return structText
    .split('\n')
    .map((line) => /^\s*([A-Za-z0-9]+)(?:\s|:|$)/.exec(line)?.[1])
    .filter((role): role is string => role !== undefined && !role.startsWith('Object'));
}

describe('the tagged PDF (PDF/UA-1 structure)', () => {
  it('is tagged, with headings, paragraphs, lists, tables with TH, links and notes in the memo’s order', async () => {
    const pdf = open(await exportMemoPdf(tagged, evaluateMemo(tagged, facts)));
    expect(pdf.info()['Tagged']).toBe('yes');
    const tree = pdf.structText();
    const order = roles(tree);
    expect(order[0]).toBe('Document');
    const at = (role: string): number => order.indexOf(role);
    for (const role of [
      'H1',
      'P',
      'Link',
      'Note',
      'H2',
      'L',
      'LI',
      'Lbl',
      'LBody',
      'H3',
      'Table',
      'TR',
      'TH',
      'TD',
    ])
      expect(order, role).toContain(role);
    // Reading order is the memo's: title, overview, its paragraph (link, note), points, numbers.
    expect(at('Link')).toBeLessThan(at('H2'));
    expect(at('Note')).toBeLessThan(at('H2'));
    expect(at('H2')).toBeLessThan(at('L'));
    expect(at('L')).toBeLessThan(at('H3'));
    expect(at('H3')).toBeLessThan(at('Table'));
    expect(tree.indexOf('Overview')).toBeLessThan(tree.indexOf('Revenue was'));
    expect(tree.indexOf('Revenue was')).toBeLessThan(tree.indexOf('Closing paragraph'));
    // The link's text and its annotation belong to the Link element; the note's text to Note.
    expect(tree).toMatch(/Link \(inline\)\s+"the filing ?"\s+Object \d+ 0/);
    expect(tree).toMatch(/Note[^\n]*\n\s+"1\s*From the annual report\. ?"/);
    expect(tree).toMatch(/TH:\s+\/Scope \/Column\s+"Metric ?"/);
  });

  it('leaves running heads, page numbers and the watermark out of the structure (artifacts)', async () => {
    const pdf = open(await exportMemoPdf(tagged, evaluateMemo(tagged, facts), { draft: true }));
    expect(pdf.text()).toContain('Page 1 of 1');
    const tree = pdf.structText();
    expect(tree).not.toContain('Page 1 of 1');
    expect(tree).not.toContain('DRAFT');
    expect(tree).not.toContain('CONFIDENTIAL');
  });

  it('sets the document language and shows the title, not the file name', async () => {
    const pdf = open(await exportMemoPdf(tagged, evaluateMemo(tagged, facts)));
    const out = pdf.pikepdf(
      'print(str(pdf.Root.Lang)); print(bool(pdf.Root.ViewerPreferences.DisplayDocTitle)); print(str(pdf.docinfo.Title))',
    );
    expect(out.trim().split('\n')).toEqual(['en-US', 'True', 'Tagged & accessible']);
  });

  it('gives a chart a Figure with alt text that reads its values', async () => {
    const sample = sampleMemo();
    const evaluation = evaluateMemo(sample, sampleFacts(), {
      scenarios: sampleScenarios(),
      scenario: '',
    });
    const pdf = open(await exportMemoPdf(sample, evaluation));
    const alts = pdf.pikepdf(
      [
        'for obj in pdf.objects:',
        '    if isinstance(obj, pikepdf.Dictionary) and obj.get("/S") == "/Figure":',
        '        print(str(obj.get("/Alt")))',
      ].join('\n'),
    );
    const chart = evaluation.charts[0]!.chart;
    expect(alts).toContain(chart.title);
    expect(alts).toContain(chart.series[0]!.points[0]!.display);
  });

  it('is untagged only when asked (the bench measures what tagging costs)', async () => {
    const pdf = open(await exportMemoPdf(tagged, evaluateMemo(tagged, facts), { tagged: false }));
    expect(pdf.info()['Tagged']).toBe('no');
  });
});
