import type { CalcValue, Engine } from '../calc/calcTypes';
import type { EvaluatedChart } from '../chart/evaluateChart';

/** One inline figure of a memo, computed, in document order, with its path. */
export interface EvaluatedFigure {
  /** 1-based, in document order: the number the PDF ledger and `tickmark check` use. */
  index: number;
  expr: string;
  format: string;
  /** The scenario the figure names (`@bull`); absent: the memo's scenario. */
  scenario?: string;
  value: CalcValue;
  /** Exactly the characters the editor, the PDF and the CLI show (an error marker on error). */
  display: string;
  /** Where it stands, for people: e.g. `heading 2 "Capital", paragraph 3`. */
  place: string;
  /** Where it stands in the document (`walkMemo`'s path): the key the PDF layout finds it by. */
  path: string;
}

export interface EvaluatedVariable {
  name: string;
  expr: string;
  /** The calc line's format (`name = expr | format`), '' for the unit's default. */
  format: string;
  /** The calc line's label for readers (`| format | label`), '' for none. */
  label: string;
  value: CalcValue;
  /** The value in the line's format, as the editor's result column, the PDF and `tickmark eval` show it. */
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
  /** The chart block's path in the document (`walkMemo`'s): the key the PDF layout finds it by. */
  path: string;
  chart: EvaluatedChart;
}

export interface MemoProblem {
  place: string;
  message: string;
  /** What kind of problem, as data: `unknown_format` for a format that is not one (CALC.md §3). */
  code?: string;
}

export interface MemoEvaluation {
  figures: EvaluatedFigure[];
  variables: EvaluatedVariable[];
  /** Every chart in document order; its values are figures of the engine too. */
  charts: EvaluatedMemoChart[];
  /** Every figure and variable error (blocked ones included), in document order. */
  problems: MemoProblem[];
  engine: Engine;
  /** The scenario the memo was evaluated in ('' the base case). */
  scenario: string;
}
