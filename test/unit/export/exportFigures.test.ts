import { describe, expect, it } from 'vitest';
import { exportMemoPdf } from '../../../app/backend/export/exportMemoPdf';
import { evaluateMemo } from '../../../shared/memo/evaluateMemo';
import { flat, usePdfTools } from './openedPdfs';
import { sampleFacts, sampleMemo, sampleScenarios } from './sampleMemo';

const open = usePdfTools();
const memo = sampleMemo();

describe('figures in the exported sample memo', () => {
  it('shows every bound figure exactly as the engine formats it', async () => {
    const evaluation = evaluateMemo(memo, sampleFacts(), { scenarios: sampleScenarios() });
    expect(evaluation.problems).toEqual([]);
    expect(evaluation.figures.length).toBeGreaterThanOrEqual(10);
    const text = flat(open(await exportMemoPdf(memo, evaluation)).text());
    for (const figure of evaluation.figures) expect(text).toContain(figure.display);
    // As the article states them.
    for (const shown of [
      'a $50 billion investment into OpenAI',
      'a $100 billion funding round',
      'around $125 billion',
      'would represent 40% of that',
      'AWS grew 20.2% YoY',
      'an $830 billion pre-IPO valuation',
      'with Amazon anchoring 50%',
      'EV/EBITDA is 19.3x',
      'Price to Free Cash Flow is 87.9x',
      'trades at 3.83x LTM revenue',
    ]) {
      expect(text).toContain(shown);
    }
  });

  it('shows the new figure and not the old one after a fact changes', async () => {
    const facts = sampleFacts().map((f) =>
      f.entity === 'AMZN' && f.metric === 'capex' ? { ...f, value: 160e9 } : f,
    );
    const evaluation = evaluateMemo(memo, facts, { scenarios: sampleScenarios() });
    const text = flat(open(await exportMemoPdf(memo, evaluation)).text());
    expect(text).toContain('around $160 billion');
    expect(text).not.toContain('$125 billion');
    // 50 / 160 = 31.25%, shown with `0%`.
    expect(text).toContain('would represent 31% of that');
    expect(text).not.toContain('40%');
  });

  it('shows calc block values, and their formulas only when asked', async () => {
    const evaluation = evaluateMemo(memo, sampleFacts(), { scenarios: sampleScenarios() });
    const capexShare = evaluation.variables.find((v) => v.name === 'capex_share')!;
    const plain = flat(open(await exportMemoPdf(memo, evaluation)).text(1, true));
    // The key-figures box: each line's label and its value in the line's format, no code name.
    expect(capexShare.display).toBe('40%');
    expect(plain).toContain(`The deal as a share of Amazon’s 2025 capex ${capexShare.display}`);
    expect(plain).toContain('Amazon’s share of the round 50%');
    expect(plain).not.toContain('capex_share');
    expect(plain).not.toMatch(/0\.4\b|0\.5\b/);
    expect(plain).not.toContain('The derived figures');
    expect(plain).not.toContain('OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025');
    const withFormulas = flat(
      open(await exportMemoPdf(memo, evaluation, { showFormulas: true })).text(1, true),
    );
    expect(withFormulas).toContain('OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025');
  });
});
