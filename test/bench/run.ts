import type { BenchCase, BenchFigure } from './benchTypes';
import { benchCases } from './benchCases';

/**
 * `npm run bench [filter]`: runs every benchmark case (or those whose name contains the
 * filter) and prints each figure with its baseline and the ratio ours / baseline.
 */
async function main(): Promise<void> {
  const filter = process.argv[2] ?? '';
  const cases: BenchCase[] = benchCases.filter((c) => c.name.includes(filter));
  if (cases.length === 0) {
    console.error(`No benchmark matches "${filter}".`);
    process.exit(1);
  }
  const rows: string[][] = [['case', 'figure', 'value', 'target', 'baseline', 'ratio']];
  for (const bench of cases) {
    process.stderr.write(`running ${bench.name}...\n`);
    const figures: BenchFigure[] = await bench.run();
    for (const f of figures) {
      rows.push([
        bench.name,
        f.name,
        `${fmt(f.value)} ${f.unit}`,
        f.target ?? '',
        f.baseline ? `${f.baseline.name}: ${fmt(f.baseline.value)} ${f.unit}` : '',
        f.baseline ? `${fmt(f.value / f.baseline.value)}` : '',
      ]);
    }
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const row of rows)
    console.log(
      row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    );
}

function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(2) : n.toPrecision(3);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
