import { describe, expect, it } from 'vitest';
import { exportMemoPdf } from '../../../app/backend/export/exportMemoPdf';
import { evaluateMemo } from '../../../shared/memo/evaluateMemo';
import type { BlockNode } from '../../../shared/memo/memoTypes';
import { articleFacts } from './articleMemo';
import { calc, fig, memo, p } from './memoBuilders';
import { flat, usePdfTools } from './openedPdfs';

const open = usePdfTools();
const hidden = (...lines: string[]): BlockNode => ({
  type: 'calcBlock',
  attrs: { hidden: true },
  content: [{ type: 'text', text: lines.join('\n') }],
});

describe('the key-figures box (CALC.md §2)', () => {
  it('shows each line’s label (or name) and its value in the line’s format; comments are not printed', async () => {
    const doc = memo(
      { title: 'Box' },
      calc(
        '# internal: check these against the model before sending',
        'share = OPENAI_ROUND.amazon_commitment / OPENAI_ROUND.round_size | 0% | Amazon’s share of the round',
        'capex_share = OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025 | 0.0%',
        'raw = OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025',
      ),
      p('The share is ', fig('share', '0%'), '.'),
    );
    const text = flat(
      open(await exportMemoPdf(doc, evaluateMemo(doc, articleFacts))).text(1, true),
    );
    expect(text).toContain('KEY FIGURES');
    expect(text).toContain('Amazon’s share of the round 50%');
    expect(text).toContain('capex_share 40.0%');
    expect(text).toContain('raw 0.4');
    expect(text).not.toContain('internal');
    expect(text).not.toMatch(/\bshare 0\.5/);
  });

  it('takes a first ## comment as the box’s heading', async () => {
    const doc = memo({ title: 'Box' }, calc('## At a glance', 'share = 0.5 | 0% | Share'));
    const text = flat(
      open(await exportMemoPdf(doc, evaluateMemo(doc, articleFacts))).text(1, true),
    );
    expect(text).toContain('AT A GLANCE Share 50%');
    expect(text).not.toContain('KEY FIGURES');
  });

  it('leaves a calc hidden block out of the PDF; its names still compute the prose', async () => {
    const doc = memo(
      { title: 'Hidden' },
      hidden('workings = OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025 | 0% | Workings'),
      calc('shown = 0.25 | 0% | Shown'),
      p('The deal is ', fig('workings', '0%'), ' of capex.'),
    );
    const evaluation = evaluateMemo(doc, articleFacts);
    expect(evaluation.problems).toEqual([]);
    const text = flat(open(await exportMemoPdf(doc, evaluation)).text(1, true));
    expect(text).toContain('The deal is 40% of capex.');
    expect(text).toContain('Shown 25%');
    expect(text).not.toContain('Workings');
  });
});
