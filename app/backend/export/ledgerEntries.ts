import type { Fact, Provenance } from '../../../shared/calc/calcTypes';
import type { MemoEvaluation } from '../../../shared/memo/memoEvaluation';

export interface LedgerFact {
  ref: string;
  fact: Fact | null;
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
  variables: LedgerVariable[];
  facts: LedgerFact[];
}

/** The ledger's rows, one per figure in document order, with provenance from the engine. */
export function ledgerEntries(evaluation: MemoEvaluation): LedgerEntry[] {
  const variableDisplay = new Map(evaluation.variables.map((v) => [v.name, v.display]));
  return evaluation.figures.map((figure) => {
    const variables: LedgerVariable[] = [];
    const facts: LedgerFact[] = [];
    collect(evaluation.engine.provenance(figure.expr), variables, facts, variableDisplay);
    return {
      index: figure.index,
      display: figure.display,
      error: figure.value.ok ? null : figure.value.error.message,
      expr: figure.expr,
      format: figure.format,
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
      if (!facts.some((f) => f.ref === input.ref)) facts.push({ ref: input.ref, fact: input.fact });
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
