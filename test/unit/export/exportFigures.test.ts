import { describe, expect, it } from 'vitest';
import { exportMemoPdf } from '../../../app/backend/export/exportMemoPdf';
import { articleFacts, articleMemo } from './articleMemo';
import { engineEvaluation } from './engineEvaluation';
import { flat, usePdfTools } from './openedPdfs';

const open = usePdfTools();

describe('figures in the exported PDF', () => {
  it('shows every bound figure exactly as the engine formats it', async () => {
    const evaluation = engineEvaluation(articleMemo, articleFacts);
    expect(evaluation.problems).toEqual([]);
    const text = flat(open(await exportMemoPdf(articleMemo, evaluation)).text());
    for (const figure of evaluation.figures) expect(text).toContain(figure.display);
    for (const shown of [
      '$50 billion',
      '$100 billion',
      '$125 billion',
      '40%',
      '50%',
      '20.2%',
      '$830 billion',
      '3.83x',
      '19.3x',
      '87.9x',
    ]) {
      expect(text).toContain(shown);
    }
  });

  it('shows the new figure and not the old one after a fact changes', async () => {
    const changed = articleFacts.map((f) =>
      f.entity === 'AMZN' && f.metric === 'capex' ? { ...f, value: 160e9 } : f,
    );
    const evaluation = engineEvaluation(articleMemo, changed);
    const text = flat(open(await exportMemoPdf(articleMemo, evaluation)).text());
    expect(text).toContain('$160 billion');
    expect(text).not.toContain('$125 billion');
    // 50 / 160 = 31.25%, shown with `0%`.
    expect(text).toContain('represent 31% of that');
    expect(text).not.toContain('40%');
  });

  it('shows calc block values, and their formulas only when asked', async () => {
    const evaluation = engineEvaluation(articleMemo, articleFacts);
    const plain = flat(open(await exportMemoPdf(articleMemo, evaluation)).text(1, true));
    expect(plain).toMatch(/capex_share 0\.4/);
    expect(plain).not.toContain('OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025');
    const withFormulas = flat(
      open(await exportMemoPdf(articleMemo, evaluation, { showFormulas: true })).text(1, true),
    );
    expect(withFormulas).toContain('OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025');
  });
});
