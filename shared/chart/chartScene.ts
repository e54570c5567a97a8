import type { ChartFace } from './measureChartText';

/**
 * A chart laid out once, in points, with the origin at the top left and y growing down: what
 * the editor draws as SVG and the PDF draws with pdfkit. Text is placed by its left end and
 * its baseline, measured with the bundled Inter metrics, so both draw the same picture.
 */
export interface ChartScene {
  width: number;
  height: number;
  items: SceneItem[];
}

export type SceneItem = SceneRect | SceneLine | ScenePolyline | SceneCircle | SceneText;

export interface SceneRect {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
}

export interface SceneLine {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  stroke: string;
  width: number;
  /** Dash and gap lengths, for a dashed line (the marker). */
  dash?: [number, number];
}

export interface ScenePolyline {
  kind: 'polyline';
  points: [number, number][];
  stroke: string;
  width: number;
}

export interface SceneCircle {
  kind: 'circle';
  cx: number;
  cy: number;
  r: number;
  fill: string;
  stroke: string;
  strokeWidth: number;
}

/** What a text is, for tests and for the reader of the SVG. */
export type SceneTextRole =
  | 'title'
  | 'legend'
  | 'axis'
  | 'category'
  | 'data'
  | 'rowLabel'
  | 'marker'
  | 'error';

export interface SceneText {
  kind: 'text';
  /** The left end of the text. */
  x: number;
  /** The baseline. */
  y: number;
  text: string;
  face: ChartFace;
  size: number;
  color: string;
  role: SceneTextRole;
  /** Degrees around (x, y): -90 reads upwards (data labels of narrow bars). */
  rotate?: number;
}
