import type { CalcValue, Engine } from '../calc/calcTypes';
import type { EvaluatedChart } from '../chart/evaluateChart';

/** One inline figure of a memo, computed, in document order. */
export interface EvaluatedFigure {
  /** 1-based, in document order: the number the PDF ledger and `tickmark check` use. */
  index: number;
  expr: string;
  format: string;
  value: CalcValue;
  /** Exactly the characters the editor, the PDF and the CLI show (an error marker on error). */
  display: string;
  /** Where it stands, for people: e.g. `heading 2 "Capital", paragraph 3`. */
  place: string;
}

export interface EvaluatedVariable {
  name: string;
  expr: string;
  value: CalcValue;
  display: string;
  /** e.g. `calc block 1, line 2`. */
  place: string;
}

/** One ```chart block of a memo, computed (CALC.md §8). */
export interface EvaluatedMemoChart {
  /** 1-based, in document order. */
  index: number;
  /** `chart 2`. */
  place: string;
  chart: EvaluatedChart;
}

export interface MemoProblem {
  place: string;
  message: string;
}

export interface MemoEvaluation {
  figures: EvaluatedFigure[];
  variables: EvaluatedVariable[];
  /** Every chart in document order; its values are figures of the engine too. */
  charts: EvaluatedMemoChart[];
  /** Every figure and variable error (blocked ones included), in document order. */
  problems: MemoProblem[];
  engine: Engine;
}
