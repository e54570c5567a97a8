/**
 * The calc engine's public types. The engine is pure (no DOM, no Node): the editor, the PDF
 * export and the command line all compute figures through it, so they never disagree.
 */

/** A fact as the engine sees it. `unit`: 'USD' (or another ISO 4217 code), 'pct', 'x', 'count', ''. */
export interface Fact {
  entity: string;
  metric: string;
  period: string;
  value: number;
  unit: string;
  source: string;
  asOf: string | null;
  note?: string;
}

/** `ENTITY.metric.PERIOD`. */
export type FactKey = string;

export type CalcErrorKind =
  | 'syntax'
  | 'too_long'
  | 'forbidden'
  | 'unknown_entity'
  | 'unknown_metric'
  | 'unknown_period'
  | 'unknown_name'
  | 'duplicate_name'
  | 'cycle'
  | 'division_by_zero'
  | 'not_a_number'
  | 'unknown_scenario'
  | 'blocked';

/** Errors are values: each says what is wrong and where. */
export interface CalcError {
  kind: CalcErrorKind;
  /** One sentence for the user, e.g. `Unknown entity "AMZNX" in AMZNX.capex (position 1).` */
  message: string;
  /** The variable name or figure expression the error belongs to. */
  where: string;
  /** 1-based character position in the expression, where known. */
  position?: number;
  /** For `blocked`: the variable (or fact) whose error blocks this one. */
  blockedBy?: string;
}

export type CalcValue = { ok: true; value: number; unit: string } | { ok: false; error: CalcError };

/** A memo variable from a calc block line `name = expr`. `where` e.g. `calc block 1, line 2`. */
export interface VariableInput {
  name: string;
  expr: string;
  where: string;
}

/** What one change recomputed, and which values actually changed. */
export interface ChangeReport {
  /** Figure expressions whose value (or error) changed. */
  figures: string[];
  /** Variable names whose value (or error) changed. */
  variables: string[];
  /** How many nodes were recomputed (for tests and benchmarks). */
  recomputed: number;
}

/** For a figure or variable: its expression, each input with its value, and facts with sources. */
export interface Provenance {
  expr: string;
  value: CalcValue;
  inputs: ProvenanceInput[];
  /** The scenario the value was computed in (absent: the base case). */
  scenario?: string;
}

export type ProvenanceInput =
  | {
      kind: 'fact';
      ref: string;
      fact: Fact | null;
      value: CalcValue;
      /** True when the fact is the scenario's override of a base fact (or a fact only the scenario has). */
      override?: boolean;
    }
  | { kind: 'variable'; name: string; provenance: Provenance };

export interface Engine {
  /** Upserts facts; recomputes only what reads them. */
  setFacts(facts: Fact[]): ChangeReport;
  /** Removes facts by key; their readers recompute (and become errors or fall back to another period). */
  removeFacts(keys: FactKey[]): ChangeReport;
  /** Replaces the memo's variables (diffed: unchanged ones are not recomputed). */
  setVariables(vars: VariableInput[]): ChangeReport;
  /** Replaces the set of figure expressions the memo shows (diffed, deduplicated). */
  setFigures(exprs: string[]): ChangeReport;
  /** The value of a figure expression (it need not be registered: unregistered ones compute once). */
  figureValue(expr: string): CalcValue;
  variableValue(name: string): CalcValue | undefined;
  provenance(expr: string): Provenance;
  variableNames(): string[];
  /** Recomputes every variable and figure from scratch (e.g. after switching scenario wholesale). */
  recomputeAll(): ChangeReport;
  /** The fact stored under `ENTITY.metric.PERIOD`, if any. */
  fact(key: FactKey): Fact | undefined;
}
