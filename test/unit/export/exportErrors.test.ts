import { describe, expect, it } from 'vitest';
import { exportMemoPdf } from '../../../app/backend/export/exportMemoPdf';
import type { UserError } from '../../../app/backend/router/userError';
import { evaluateMemo } from '../../../shared/memo/evaluateMemo';
import { articleFacts } from './articleMemo';
import { calc, fig, memo, p } from './memoBuilders';
import { flat, usePdfTools } from './openedPdfs';
import { redPixels } from './pdfTools';

const open = usePdfTools();

const broken = memo(
  { title: 'Broken figures' },
  calc('bad_share = OPENAI_ROUND.amazon_commitment / AMZNX.capex.FY2025'),
  p('Capex was ', fig('AMZN.capex.FY2025', 'usd_billion'), '.'),
  p('The share is ', fig('bad_share', '0%'), ' and the typo is ', fig('AMZN.capexx', ''), '.'),
);

describe('figure errors', () => {
  it('refuses to export by default, listing each error and where it is', async () => {
    const evaluation = evaluateMemo(broken, articleFacts);
    expect(evaluation.problems.length).toBeGreaterThanOrEqual(3);
    const refusal = exportMemoPdf(broken, evaluation);
    await expect(refusal).rejects.toThrow(/figure errors/);
    // The list is data (the dialog and the CLI print it); the message only sums it up.
    const refused = (await refusal.catch((error: unknown) => error)) as UserError;
    expect(refused.message).toMatch(/^The memo has \d+ figure errors; fix them/);
    expect(refused.problems?.map((p) => `${p.place}: ${p.message}`)).toEqual(
      evaluation.problems.map((p) => `${p.place}: ${p.message}`),
    );
    const listed = JSON.stringify(refused.problems);
    expect(listed).toContain('AMZNX');
    expect(listed).toContain('capexx');
  });

  it('exports with errors allowed, each marked in red and listed at the top', async () => {
    const evaluation = evaluateMemo(broken, articleFacts);
    const pdf = open(await exportMemoPdf(broken, evaluation, { allowErrors: true }));
    const text = flat(pdf.text());
    expect(text).toContain('$125 billion');
    const failed = evaluation.figures.filter((f) => !f.value.ok);
    expect(failed.length).toBe(2);
    for (const figure of failed) expect(text).toContain(figure.display);
    expect(text).toContain(
      `This export contains ${evaluation.problems.length} figure errors, marked in red`,
    );
    for (const problem of evaluation.problems) expect(text).toContain(problem.place);
    expect(redPixels(pdf.pixels(1, 60))).toBeGreaterThan(50);
  });

  it('uses no red at all when every figure computes', async () => {
    const fine = memo(
      { title: 'Fine' },
      p('Capex was ', fig('AMZN.capex.FY2025', 'usd_billion'), '.'),
    );
    const pdf = open(
      await exportMemoPdf(fine, evaluateMemo(fine, articleFacts), { allowErrors: true }),
    );
    expect(redPixels(pdf.pixels(1, 60))).toBe(0);
    expect(pdf.text()).not.toContain('figure error');
  });
});
