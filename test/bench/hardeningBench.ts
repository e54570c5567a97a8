import { exportMemoPdf } from '../../app/backend/export/exportMemoPdf';
import { compileExpression } from '../../shared/calc/compileExpression';
import { evaluateMemo } from '../../shared/memo/evaluateMemo';
import type { Memo } from '../../shared/memo/memoTypes';
import type { BenchCase, BenchFigure } from './benchTypes';
import { measure, median } from './measure';

/** A three-page memo titled `title` (the running header shows it on pages 2 and 3). */
function titledMemo(title: string): Memo {
  const paragraph = {
    type: 'paragraph' as const,
    content: [{ type: 'text' as const, text: 'Body.' }],
  };
  return {
    meta: { title, author: 'Research', date: '2026-01-30', subtitle: '' },
    doc: {
      type: 'doc',
      content: [paragraph, { type: 'pageBreak' }, paragraph, { type: 'pageBreak' }, paragraph],
    },
  };
}

const chain = (terms: number): string => Array.from({ length: terms }, () => '1').join('+');

/**
 * Issue 19's long inputs beside their short baselines, in the same run: the export of a memo
 * whose (stored) title is 20,000 characters, and the compile of a 2,000-term operator chain.
 * Before the fixes these took minutes (out of heap) and 6–35 s.
 */
export const hardeningBench: BenchCase = {
  name: 'hardening',
  async run(): Promise<BenchFigure[]> {
    const exportOf = async (memo: Memo): Promise<number[]> => {
      const evaluation = evaluateMemo(memo, []);
      return measure(() => exportMemoPdf(memo, evaluation), { runs: 5, warmup: 1 });
    };
    const longTitle = await exportOf(titledMemo('W'.repeat(20_000)));
    const shortTitle = await exportOf(titledMemo('Amazon’s $50B bet on OpenAI'));
    const long = chain(2000);
    const short = chain(200);
    // In turns (short, long, short, …), so both see the same JIT tiers and the same load.
    const compileShort: number[] = [];
    const compileLong: number[] = [];
    for (let round = 0; round < 30; round++) {
      compileShort.push(
        ...(await measure(() => compileExpression(short, 'bench'), { runs: 1, warmup: 1 })),
      );
      compileLong.push(
        ...(await measure(() => compileExpression(long, 'bench'), { runs: 1, warmup: 1 })),
      );
    }
    return [
      {
        name: 'export, 20,000-character title (3 pages of body), median',
        value: median(longTitle),
        unit: 'ms',
        baseline: { name: '27-character title', value: median(shortTitle) },
      },
      {
        name: 'compile 1+1+…+1, 2,000 terms, median',
        value: median(compileLong),
        unit: 'ms',
        target: '< 20x the 200-term chain',
        baseline: { name: '200 terms', value: median(compileShort) },
      },
      {
        // On a loaded machine the median swings with preemption; the fastest run is the work itself.
        name: 'compile 1+1+…+1, 2,000 terms, fastest of 30',
        value: Math.min(...compileLong),
        unit: 'ms',
        target: '< 20x the 200-term chain',
        baseline: { name: '200 terms', value: Math.min(...compileShort) },
      },
    ];
  },
};
