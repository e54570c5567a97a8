/** A figure a benchmark prints: its value, and optionally the baseline it is compared with. */
export interface BenchFigure {
  name: string;
  value: number;
  unit: 'ms' | 'MB' | 'ops/s';
  /** The same work done by the baseline in the same process (HyperFormula, Chromium, ...). */
  baseline?: { name: string; value: number };
  /** The target, for the reader: e.g. `< 1 ms`. */
  target?: string;
}

export interface BenchCase {
  name: string;
  run(): Promise<BenchFigure[]>;
}
