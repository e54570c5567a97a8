/**
 * What a kept version printed: each figure's value and shown text, each calc variable, and
 * the facts they read, so a later version can say why a figure moved (CALC.md §10).
 * Stored as JSON beside the version's document; versions kept before snapshots existed
 * have none.
 */
export const SNAPSHOT_FORMAT = 1;

/** A fact as the version read it. */
export interface SnapshotFact {
  value: number;
  unit: string;
  source: string;
  asOf: string | null;
  /** '' for the base case. */
  scenario: string;
}

/** One fact reference in an expression: its text and the fact it resolved to (null: none). */
export interface SnapshotRead {
  ref: string;
  /** `ENTITY.metric.PERIOD` of the fact read, a key of `VersionSnapshot.facts`. */
  key: string | null;
}

export interface SnapshotFigure {
  index: number;
  /** For people: `heading "Capital", paragraph 2`. */
  place: string;
  /** In the memo JSON: `doc.content[3].content[1]`. */
  path: string;
  expr: string;
  format: string;
  /** The shown text, exactly as printed. */
  display: string;
  /** The number behind it; null when the figure is an error. */
  value: number | null;
  unit: string;
  /** The error's message when the figure is an error. */
  error: string | null;
  /** The facts its expression reads directly. */
  facts: SnapshotRead[];
  /** The calc variables its expression reads directly. */
  variables: string[];
}

export interface SnapshotVariable {
  expr: string;
  display: string;
  value: number | null;
  facts: SnapshotRead[];
  variables: string[];
}

export interface VersionSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  /** The scenario the figures were computed in; '' for the base case. */
  scenario: string;
  figures: SnapshotFigure[];
  variables: Record<string, SnapshotVariable>;
  facts: Record<string, SnapshotFact>;
}

/** A stored snapshot read back; null for anything that is not one (older versions have none). */
export function parseSnapshot(json: string | null): VersionSnapshot | null {
  if (json === null || json === '') return null;
  try {
    const value = JSON.parse(json) as Partial<VersionSnapshot> | null;
    if (
      value === null ||
      typeof value !== 'object' ||
      value.format !== SNAPSHOT_FORMAT ||
      !Array.isArray(value.figures) ||
      typeof value.variables !== 'object' ||
      typeof value.facts !== 'object'
    )
      return null;
    return value as VersionSnapshot;
  } catch {
    return null;
  }
}
