import { exportMemoPdf } from '../../app/backend/export/exportMemoPdf';
import { evaluateMemo } from '../../shared/memo/evaluateMemo';
import type { BenchCase, BenchFigure } from './benchTypes';
import { withCharts } from './chartBenchMemo';
import { exportBenchMemo } from './exportBenchMemo';
import { median } from './measure';

const CHARTS = 20;
const RUNS = 5;

/**
 * PDF export of the export bench's memo (30 pages, 500 figures) with 20 charts (bar, line,
 * range) against the same memo without them, runs interleaved so load swings hit both
 * alike (target: under 1.5x). Evaluation is counted too: charts are figures of the memo.
 */
export const chartBench: BenchCase = {
  name: 'charts',
  async run(): Promise<BenchFigure[]> {
    const { memo, facts } = exportBenchMemo();
    const charted = withCharts(memo, CHARTS);
    const once = async (m: typeof memo): Promise<{ wall: number; cpu: number }> => {
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      const evaluation = evaluateMemo(m, facts);
      if (evaluation.problems.length > 0)
        throw new Error(`bench memo has problems: ${evaluation.problems[0]?.message}`);
      await exportMemoPdf(m, evaluation, { date: new Date('2026-01-30T00:00:00Z') });
      const used = process.cpuUsage(cpuStart);
      return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
    };
    const check = evaluateMemo(charted, facts);
    if (check.charts.length !== CHARTS)
      throw new Error(`bench memo has ${check.charts.length} charts`);
    await once(memo);
    await once(charted);
    const plain: { wall: number; cpu: number }[] = [];
    const withChartsRuns: { wall: number; cpu: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      plain.push(await once(memo));
      withChartsRuns.push(await once(charted));
    }
    const wall = (runs: typeof plain): number => median(runs.map((r) => r.wall));
    const cpu = (runs: typeof plain): number => median(runs.map((r) => r.cpu));
    return [
      {
        name: `evaluate + export, ${CHARTS} charts (wall)`,
        value: wall(withChartsRuns),
        unit: 'ms',
        target: '< 1.5x',
        baseline: { name: 'same memo without charts', value: wall(plain) },
      },
      {
        name: `evaluate + export, ${CHARTS} charts (CPU)`,
        value: cpu(withChartsRuns),
        unit: 'ms',
        target: '< 1.5x',
        baseline: { name: 'same memo without charts', value: cpu(plain) },
      },
    ];
  },
};
