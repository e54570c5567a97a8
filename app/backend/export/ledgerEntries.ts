import type { Fact, Provenance } from '../../../shared/calc/calcTypes';
import { figureKey } from '../../../shared/calc/figureKey';
import type { MemoEvaluation } from '../../../shared/memo/memoEvaluation';

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

/** The ledger's rows, one per figure in document order, with provenance from the engine. */
export function ledgerEntries(evaluation: MemoEvaluation): LedgerEntry[] {
  const variableDisplay = new Map(evaluation.variables.map((v) => [v.name, v.display]));
  return evaluation.figures.map((figure) => {
    const variables: LedgerVariable[] = [];
    const facts: LedgerFact[] = [];
    const key = figureKey(figure.expr, figure.scenario);
    collect(evaluation.engine.provenance(key), variables, facts, variableDisplay);
    return {
      index: figure.index,
      display: figure.display,
      error: figure.value.ok ? null : figure.value.error.message,
      expr: figure.expr,
      format: figure.format,
      scenario: figure.scenario ?? (evaluation.scenario || null),
      variables,
      facts,
    };
  });
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
