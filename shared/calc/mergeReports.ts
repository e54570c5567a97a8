import type { ChangeReport } from './calcTypes';

/** One report of what several changes recomputed: each figure and variable once, counts summed. */
export function mergeReports(...reports: ChangeReport[]): ChangeReport {
  if (reports.length === 1) return reports[0]!;
  const figures = new Set<string>();
  const variables = new Set<string>();
  let recomputed = 0;
  for (const report of reports) {
    for (const f of report.figures) figures.add(f);
    for (const v of report.variables) variables.add(v);
    recomputed += report.recomputed;
  }
  return { figures: [...figures], variables: [...variables], recomputed };
}
