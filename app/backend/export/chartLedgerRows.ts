import type { ChartPoint } from '../../../shared/chart/evaluateChart';
import type { MemoEvaluation } from '../../../shared/memo/memoEvaluation';

export interface ChartLedgerRow {
  /** `C1`: a value of chart 1 (the ledger's number column is narrow; `context` says which). */
  label: string;
  /** `chart 1 "Revenue", Revenue, FY2024`. */
  context: string;
  format: string;
  point: ChartPoint;
}

/** Every value of every chart, in reading order, as the figure ledger lists them. */
export function chartLedgerRows(evaluation: MemoEvaluation): ChartLedgerRow[] {
  return evaluation.charts.flatMap(({ index, chart }) => {
    const title =
      chart.title.trim() === '' ? `chart ${index}` : `chart ${index} "${chart.title.trim()}"`;
    const rows: { where: string; point: ChartPoint }[] = [
      ...chart.series.flatMap((s) =>
        s.points.map((point, i) => ({
          where: [s.name, chart.categories[i] ?? ''].filter(Boolean).join(', '),
          point,
        })),
      ),
      ...chart.rows.flatMap((r) => [
        { where: `${r.label}, low`, point: r.low },
        { where: `${r.label}, high`, point: r.high },
      ]),
      ...(chart.marker
        ? [{ where: chart.marker.label || 'marker', point: chart.marker.point }]
        : []),
    ];
    return rows.map((row) => ({
      label: `C${index}`,
      context: row.where === '' ? title : `${title}: ${row.where}`,
      format: chart.format,
      point: row.point,
    }));
  });
}
