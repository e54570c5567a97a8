import type { EvaluatedChart } from './evaluateChart';
import { chartPoints } from './evaluateChart';

/** A chart's problems as a memo reports them: YAML issues, then every value that failed. */
export function chartProblems(
  chart: EvaluatedChart,
  place: string,
): { place: string; message: string }[] {
  const issues = chart.issues.map((issue) => ({
    place: `${place}, line ${issue.line}`,
    message: issue.key === '' ? issue.message : `${issue.key}: ${issue.message}`,
  }));
  const values = chartPoints(chart).flatMap((point) =>
    point.value.ok || point.expr === ''
      ? []
      : [
          {
            place: `${place}, line ${point.line}`,
            message: `${point.key} (${point.expr}): ${point.value.error.message}`,
          },
        ],
  );
  return [...issues, ...values];
}

/** How many values and issues of a chart are errors (a chart with any is shown as an error). */
export function chartErrorCount(chart: EvaluatedChart): number {
  return chart.issues.length + chartPoints(chart).filter((p) => !p.value.ok).length;
}
