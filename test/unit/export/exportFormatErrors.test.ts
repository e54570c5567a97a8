import { describe, expect, it } from 'vitest';
import { exportMemoPdf } from '../../../app/backend/export/exportMemoPdf';
import { UserError } from '../../../app/backend/router/userError';
import { evaluateMemo } from '../../../shared/memo/evaluateMemo';
import { articleFacts } from './articleMemo';
import { fig, memo, p } from './memoBuilders';
import { usePdfTools } from './openedPdfs';
import type { PdfTools } from './pdfTools';

const open = usePdfTools();

/** Red pixels inside the box of the first word `text` on page 1, rendered at 72 dpi (1 px = 1 pt). */
function redPixelsOfWord(pdf: PdfTools, text: string): number {
  const word = pdf.words().find((w) => w.page === 1 && w.text === text);
  if (!word) throw new Error(`no word ${text} on page 1`);
  const rgb = pdf.pixels(1, 72);
  const size = /([\d.]+) x ([\d.]+)/.exec(pdf.info()['Page size'] ?? '');
  const pageWidth = Number(size?.[1]);
  const width = [Math.ceil(pageWidth), Math.round(pageWidth), Math.floor(pageWidth)].find(
    (w) => (rgb.length / 3) % w === 0,
  )!;
  let count = 0;
  for (let y = Math.floor(word.yMin); y < word.yMin + 9; y++) {
    for (let x = Math.floor(word.xMin); x <= Math.ceil(word.xMax); x++) {
      const i = (y * width + x) * 3;
      if (rgb[i]! > 150 && rgb[i + 1]! < 90 && rgb[i + 2]! < 90) count += 1;
    }
  }
  return count;
}

describe('a format that is not a format (CALC.md §3) in the PDF', () => {
  const bad = memo(
    { title: 'Bad format' },
    p('The premium is ', fig('AMZN.capex.FY2025 / OPENAI_ROUND.round_size', 'pct9'), ' today.'),
  );

  it('refuses to export, naming the format and the closest preset', async () => {
    const evaluation = evaluateMemo(bad, articleFacts);
    expect(evaluation.problems).toHaveLength(1);
    expect(evaluation.problems[0]).toMatchObject({ code: 'unknown_format' });
    const refusal = await exportMemoPdf(bad, evaluation).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refusal).toBeInstanceOf(UserError);
    // The message sums up; each problem, as data, names the format and the closest preset.
    expect((refusal as UserError).problems).toEqual([
      expect.objectContaining({
        code: 'unknown_format',
        message: expect.stringContaining('Unknown format "pct9". Did you mean pct1?'),
      }),
    ]);
  });

  it('exported anyway, shows #FORMAT in red like #ERR, never the letters of the format', async () => {
    const evaluation = evaluateMemo(bad, articleFacts);
    const pdf = open(await exportMemoPdf(bad, evaluation, { allowErrors: true }));
    expect(pdf.text()).toContain('#FORMAT');
    expect(pdf.text()).not.toContain('pct9 today');
    expect(redPixelsOfWord(pdf, '#FORMAT')).toBeGreaterThan(10);
    // The words around it are not red.
    expect(redPixelsOfWord(pdf, 'premium')).toBe(0);
  });
});
