import type { CalcValue, Engine } from '../calc/calcTypes';
import { formatCalcValue } from '../format/formatCalcValue';
import type { ChartExpr, ChartIssue, ChartSpec, ChartType } from './chartTypes';
import { chartExpressions, parseChart } from './parseChart';

/** One value of a chart, computed and formatted by the chart's format. */
export interface ChartPoint extends ChartExpr {
  value: CalcValue;
  /** The data label: exactly what the one formatter gives for this value (`#ERR` on error). */
  display: string;
}

export interface EvaluatedChart {
  type: ChartType;
  title: string;
  format: string;
  categories: string[];
  series: { name: string; points: ChartPoint[] }[];
  rows: { label: string; low: ChartPoint; high: ChartPoint }[];
  marker: { label: string; point: ChartPoint } | null;
  /** The unit of the first value that computed (axis labels use its default when no format). */
  unit: string;
  /** Problems with the YAML (the chart is not drawn while there are any). */
  issues: ChartIssue[];
  /** Every expression the chart reads (distinct), to register as figures and to redraw on change. */
  expressions: string[];
}

/** A chart's YAML parsed and bound through the engine (which should have its expressions as figures). */
export function evaluateChart(text: string, engine: Pick<Engine, 'figureValue'>): EvaluatedChart {
  return evaluateChartSpec(parseChart(text), engine);
}

export function evaluateChartSpec(
  parsed: { spec: ChartSpec; issues: ChartIssue[] },
  engine: Pick<Engine, 'figureValue'>,
): EvaluatedChart {
  const { spec, issues } = parsed;
  const point = (e: ChartExpr): ChartPoint => {
    const value: CalcValue =
      e.expr === ''
        ? {
            ok: false,
            error: { kind: 'syntax', message: `${e.key} has no expression.`, where: e.key },
          }
        : engine.figureValue(e.expr);
    return { ...e, value, display: formatCalcValue(value, spec.format) };
  };
  const series = spec.series.map((s) => ({ name: s.name, points: s.values.map(point) }));
  const rows = spec.rows.map((r) => ({ label: r.label, low: point(r.low), high: point(r.high) }));
  const marker = spec.marker ? { label: spec.marker.label, point: point(spec.marker.value) } : null;
  const all = [
    ...series.flatMap((s) => s.points),
    ...rows.flatMap((r) => [r.low, r.high]),
    ...(marker ? [marker.point] : []),
  ];
  const first = all.find((p) => p.value.ok)?.value;
  return {
    type: spec.type,
    title: spec.title,
    format: spec.format,
    categories: spec.categories,
    series,
    rows,
    marker,
    unit: first?.ok ? first.unit : '',
    issues,
    expressions: chartExpressionTexts(spec),
  };
}

/** The distinct expression texts of a chart spec (what the engine registers as figures). */
export function chartExpressionTexts(spec: ChartSpec): string[] {
  return [
    ...new Set(
      chartExpressions(spec)
        .map((e) => e.expr)
        .filter((e) => e !== ''),
    ),
  ];
}

/** Every value of an evaluated chart, in reading order. */
export function chartPoints(chart: EvaluatedChart): ChartPoint[] {
  return [
    ...chart.series.flatMap((s) => s.points),
    ...chart.rows.flatMap((r) => [r.low, r.high]),
    ...(chart.marker ? [chart.marker.point] : []),
  ];
}

/** True when a change that touched `changed` figure expressions must redraw this chart. */
export function chartReads(
  chart: Pick<EvaluatedChart, 'expressions'>,
  changed: ReadonlySet<string>,
): boolean {
  return chart.expressions.some((e) => changed.has(e));
}
