import type { Fact, Provenance } from '../../../shared/calc/calcTypes';
import { figureKey } from '../../../shared/calc/figureKey';
import type { MemoEvaluation } from '../../../shared/memo/memoEvaluation';
import { chartLedgerRows } from './chartLedgerRows';

export interface LedgerFact {
  ref: string;
  fact: Fact | null;
  /** True when the fact is the scenario's override of the base fact. */
  override: boolean;
}

export interface LedgerVariable {
  name: string;
  expr: string;
  display: string;
}

/** One ledger row: a figure as shown, how it is computed, and every fact it reads. */
export interface LedgerEntry {
  index: number;
  /**
   * Every figure this row stands for, in document order (the same expression, format, case
   * and value used again is one row, "used 3 times"); `[index]` for a figure used once.
   */
  uses: number[];
  /** Shown instead of the number, for a chart's value (`C1`); such rows link nowhere. */
  label?: string;
  /** Where a chart's value stands, for people: `chart 1 "Revenue", FY2024`. */
  context?: string;
  display: string;
  /** The error message, when the figure failed. */
  error: string | null;
  expr: string;
  format: string;
  /** The scenario the figure is computed in (null: the base case). */
  scenario: string | null;
  variables: LedgerVariable[];
  facts: LedgerFact[];
}

/**
 * The ledger's rows, one per distinct figure in order of first use (repeats grouped into its
 * row), then one per chart value (charts are figures of the memo too), with provenance from
 * the engine.
 */
export function ledgerEntries(evaluation: MemoEvaluation): LedgerEntry[] {
  const variableDisplay = new Map(evaluation.variables.map((v) => [v.name, v.display]));
  const byFigure = new Map<string, LedgerEntry>();
  const figures: LedgerEntry[] = [];
  for (const figure of evaluation.figures) {
    const key = figureKey(figure.expr, figure.scenario);
    const same = `${key}\u0000${figure.format}\u0000${figure.display}`;
    const seen = byFigure.get(same);
    if (seen) {
      seen.uses.push(figure.index);
      continue;
    }
    const variables: LedgerVariable[] = [];
    const facts: LedgerFact[] = [];
    collect(evaluation.engine.provenance(key), variables, facts, variableDisplay);
    const entry: LedgerEntry = {
      index: figure.index,
      uses: [figure.index],
      display: figure.display,
      error: figure.value.ok ? null : figure.value.error.message,
      expr: figure.expr,
      format: figure.format,
      scenario: figure.scenario ?? (evaluation.scenario || null),
      variables,
      facts,
    };
    byFigure.set(same, entry);
    figures.push(entry);
  }
  const charts = chartLedgerRows(evaluation).map((row, i): LedgerEntry => {
    const variables: LedgerVariable[] = [];
    const facts: LedgerFact[] = [];
    if (row.point.expr !== '')
      collect(evaluation.engine.provenance(row.point.expr), variables, facts, variableDisplay);
    return {
      index: evaluation.figures.length + i + 1,
      uses: [],
      label: row.label,
      context: row.context,
      display: row.point.display,
      error: row.point.value.ok ? null : row.point.value.error.message,
      expr: row.point.expr,
      format: row.format,
      scenario: evaluation.scenario || null,
      variables,
      facts,
    };
  });
  return [...figures, ...charts];
}

function collect(
  provenance: Provenance,
  variables: LedgerVariable[],
  facts: LedgerFact[],
  variableDisplay: ReadonlyMap<string, string>,
): void {
  for (const input of provenance.inputs) {
    if (input.kind === 'fact') {
      if (!facts.some((f) => f.ref === input.ref))
        facts.push({ ref: input.ref, fact: input.fact, override: input.override === true });
    } else if (!variables.some((v) => v.name === input.name)) {
      variables.push({
        name: input.name,
        expr: input.provenance.expr,
        display: variableDisplay.get(input.name) ?? '',
      });
      collect(input.provenance, variables, facts, variableDisplay);
    }
  }
}
