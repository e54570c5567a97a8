import type { Fact, Provenance, ProvenanceInput } from '../calc/calcTypes';
import { factKey } from '../calc/factKey';
import { collectFigures } from '../memo/collectFigures';
import type { MemoEvaluation } from '../memo/memoEvaluation';
import type { Memo } from '../memo/memoTypes';
import {
  SNAPSHOT_FORMAT,
  type SnapshotFact,
  type SnapshotRead,
  type SnapshotVariable,
  type VersionSnapshot,
} from './versionSnapshot';

/**
 * The snapshot of one evaluation of `memo` (from evaluateMemo): every figure with its shown
 * text and value, every variable, and each fact they read, walked through the engine's
 * provenance (each variable once).
 */
export function snapshotEvaluation(
  memo: Memo,
  evaluation: MemoEvaluation,
  scenario = '',
): VersionSnapshot {
  const facts: Record<string, SnapshotFact> = {};
  const variables: Record<string, SnapshotVariable> = {};
  const displays = new Map(evaluation.variables.map((v) => [v.name, v.display]));
  const paths = collectFigures(memo.doc);
  const readsOf = new Map<string, { facts: SnapshotRead[]; variables: string[] }>();

  const record = (provenance: Provenance): { facts: SnapshotRead[]; variables: string[] } => {
    const reads = { facts: [] as SnapshotRead[], variables: [] as string[] };
    for (const input of provenance.inputs) addInput(input, reads);
    return reads;
  };
  const addInput = (
    input: ProvenanceInput,
    reads: { facts: SnapshotRead[]; variables: string[] },
  ): void => {
    if (input.kind === 'fact') {
      const key = input.fact ? keyOf(input.fact) : null;
      if (input.fact && key !== null && !(key in facts))
        facts[key] = snapshotFact(input.fact, scenario);
      reads.facts.push({ ref: input.ref, key });
      return;
    }
    reads.variables.push(input.name);
    if (input.name in variables) return;
    const value = input.provenance.value;
    // Claimed before recursing, so a cycle stops here.
    const entry: SnapshotVariable = {
      expr: input.provenance.expr,
      display: displays.get(input.name) ?? '',
      value: value.ok ? value.value : null,
      facts: [],
      variables: [],
    };
    variables[input.name] = entry;
    const inner = record(input.provenance);
    entry.facts = inner.facts;
    entry.variables = inner.variables;
  };

  const figures = evaluation.figures.map((figure, i) => {
    let reads = readsOf.get(figure.expr);
    if (!reads) {
      reads = record(evaluation.engine.provenance(figure.expr));
      readsOf.set(figure.expr, reads);
    }
    return {
      index: figure.index,
      place: figure.place,
      path: paths[i]?.path ?? '',
      expr: figure.expr,
      format: figure.format,
      display: figure.display,
      value: figure.value.ok ? figure.value.value : null,
      unit: figure.value.ok ? figure.value.unit : '',
      error: figure.value.ok ? null : figure.value.error.message,
      facts: reads.facts,
      variables: reads.variables,
    };
  });
  // Variables no figure reads still belong to the version (calc blocks shown in the PDF).
  for (const variable of evaluation.variables) {
    if (!(variable.name in variables)) record(evaluation.engine.provenance(variable.name));
  }
  return { format: SNAPSHOT_FORMAT, scenario, figures, variables, facts };
}

function keyOf(fact: Fact): string {
  return factKey(fact.entity, fact.metric, fact.period);
}

function snapshotFact(fact: Fact, scenario: string): SnapshotFact {
  const own = (fact as Fact & { scenario?: unknown }).scenario;
  return {
    value: fact.value,
    unit: fact.unit,
    source: fact.source,
    asOf: fact.asOf,
    scenario: typeof own === 'string' ? own : scenario,
  };
}
