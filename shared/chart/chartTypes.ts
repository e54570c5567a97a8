/**
 * The chart model of CALC.md §8: a ```chart block of YAML whose every value is an
 * expression. `parseChart` reads the YAML into a `ChartSpec`; `evaluateChart` binds each
 * expression through the calc engine into an `EvaluatedChart`; `layoutChart` turns that
 * into a scene both the editor (SVG) and the PDF draw.
 */

export const CHART_TYPES = ['bar', 'line', 'range'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

/** Limits a chart stays readable within (CALC.md §8 and the issue's style rules). */
export const CHART_LIMITS = { categories: 12, series: 4, rows: 12 } as const;

/** One value of a chart: an expression, with the YAML key and line it was written at. */
export interface ChartExpr {
  expr: string;
  /** e.g. `series[0].values[1]`, `rows[2].low`, `marker.value`. */
  key: string;
  /** 1-based line in the chart's YAML body. */
  line: number;
}

export interface ChartSeries {
  name: string;
  values: ChartExpr[];
}

export interface ChartRow {
  label: string;
  low: ChartExpr;
  high: ChartExpr;
}

export interface ChartMarker {
  label: string;
  value: ChartExpr;
}

export interface ChartSpec {
  type: ChartType;
  title: string;
  /** A preset or Excel code for every label; empty: each value's unit default. */
  format: string;
  categories: string[];
  series: ChartSeries[];
  rows: ChartRow[];
  marker: ChartMarker | null;
}

/** A problem with the YAML itself: what, at which line and key. */
export interface ChartIssue {
  line: number;
  /** The key path, e.g. `series[1].values`, or '' for the block as a whole. */
  key: string;
  message: string;
}

export interface ParsedChart {
  /** What could be read (best effort, also when there are issues). */
  spec: ChartSpec;
  issues: ChartIssue[];
}
