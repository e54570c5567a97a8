import type {
  SnapshotFact,
  SnapshotFigure,
  SnapshotRead,
  VersionSnapshot,
} from './versionSnapshot';

export type FactField = 'value' | 'unit' | 'source' | 'asOf' | 'scenario' | 'period';

/** Why a figure's shown value moved. */
export type FigureCause =
  | {
      kind: 'fact';
      /** The reference as the expression writes it (`AMZN.capex.FY2025`, `AMZN.ev_ebitda`). */
      ref: string;
      /** The fact it read in each version (`ENTITY.metric.PERIOD`); null: there was none. */
      fromKey: string | null;
      toKey: string | null;
      from: SnapshotFact | null;
      to: SnapshotFact | null;
      /** What differs; `period` when a latest-period reference now reads another period. */
      fields: FactField[];
    }
  | { kind: 'variable'; name: string; from: string | null; to: string | null }
  | { kind: 'format'; from: string; to: string }
  | { kind: 'expression'; from: string; to: string };

export interface FigureChange {
  from: SnapshotFigure;
  to: SnapshotFigure;
  causes: FigureCause[];
}

export interface FigureDiff {
  /** Figures in both versions whose shown text differs, in the new version's order. */
  changed: FigureChange[];
  /** Figures only in the new version / only in the old one. */
  added: SnapshotFigure[];
  removed: SnapshotFigure[];
  /** Matched figures that show the same text. */
  unchanged: number;
}

/**
 * Matches the figures of two snapshots and explains each one whose shown text changed.
 * A figure is matched by its expression (at the same place first, then in document order, so
 * a moved paragraph moves its figures without changing them), then the figures left over at
 * the same place are paired (their expression was edited). A change is explained by the facts
 * its expression reads, followed through calc variables, that differ between the snapshots,
 * by variables whose definition changed, and by its own format or expression.
 */
export function diffFigures(from: VersionSnapshot, to: VersionSnapshot): FigureDiff {
  const pairs = matchFigures(from.figures, to.figures);
  const changed: FigureChange[] = [];
  let unchanged = 0;
  for (const [a, b] of pairs.matched) {
    if (a.display === b.display) {
      unchanged++;
      continue;
    }
    changed.push({ from: a, to: b, causes: causesOf(a, b, from, to) });
  }
  return { changed, added: pairs.added, removed: pairs.removed, unchanged };
}

interface Matching {
  matched: [SnapshotFigure, SnapshotFigure][];
  added: SnapshotFigure[];
  removed: SnapshotFigure[];
}

function matchFigures(a: readonly SnapshotFigure[], b: readonly SnapshotFigure[]): Matching {
  const partner = new Map<SnapshotFigure, SnapshotFigure>();
  const taken = new Set<SnapshotFigure>();
  const claim = (
    index: Map<string, SnapshotFigure[]>,
    keyOf: (f: SnapshotFigure) => string,
  ): void => {
    for (const figure of a) {
      if (partner.has(figure)) continue;
      const queue = index.get(keyOf(figure));
      while (queue && queue.length > 0 && taken.has(queue[0] as SnapshotFigure)) queue.shift();
      const match = queue?.shift();
      if (!match) continue;
      partner.set(figure, match);
      taken.add(match);
    }
  };
  const byExprPlace = (f: SnapshotFigure): string => `${f.expr}\u0000${f.place}`;
  const byExpr = (f: SnapshotFigure): string => f.expr;
  const byPlace = (f: SnapshotFigure): string => f.place;
  claim(indexBy(b, byExprPlace), byExprPlace);
  claim(indexBy(b, byExpr), byExpr);
  claim(indexBy(b, byPlace), byPlace);

  const back = new Map<SnapshotFigure, SnapshotFigure>();
  for (const [x, y] of partner) back.set(y, x);
  const matched: [SnapshotFigure, SnapshotFigure][] = [];
  const added: SnapshotFigure[] = [];
  for (const figure of b) {
    const old = back.get(figure);
    if (old) matched.push([old, figure]);
    else added.push(figure);
  }
  return { matched, added, removed: a.filter((figure) => !partner.has(figure)) };
}

function indexBy(
  list: readonly SnapshotFigure[],
  keyOf: (f: SnapshotFigure) => string,
): Map<string, SnapshotFigure[]> {
  const map = new Map<string, SnapshotFigure[]>();
  for (const figure of list) {
    const key = keyOf(figure);
    const queue = map.get(key);
    if (queue) queue.push(figure);
    else map.set(key, [figure]);
  }
  return map;
}

interface Reach {
  facts: Map<string, string | null>;
  variables: Set<string>;
}

/** Every fact reference and variable a figure reads, through the variables it reads. */
function reachOf(figure: SnapshotFigure, snapshot: VersionSnapshot): Reach {
  const facts = new Map<string, string | null>();
  const variables = new Set<string>();
  const addFacts = (reads: readonly SnapshotRead[]): void => {
    for (const read of reads) if (!facts.has(read.ref)) facts.set(read.ref, read.key);
  };
  addFacts(figure.facts);
  const pending = [...figure.variables];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (variables.has(name)) continue;
    variables.add(name);
    const variable = snapshot.variables[name];
    if (!variable) continue;
    addFacts(variable.facts);
    pending.push(...variable.variables);
  }
  return { facts, variables };
}

function causesOf(
  a: SnapshotFigure,
  b: SnapshotFigure,
  from: VersionSnapshot,
  to: VersionSnapshot,
): FigureCause[] {
  const old = reachOf(a, from);
  const now = reachOf(b, to);
  const causes: FigureCause[] = [];
  const refs = [...new Set([...now.facts.keys(), ...old.facts.keys()])];
  for (const ref of refs) {
    const fromKey = old.facts.get(ref) ?? null;
    const toKey = now.facts.get(ref) ?? null;
    const fromFact = fromKey === null ? null : (from.facts[fromKey] ?? null);
    const toFact = toKey === null ? null : (to.facts[toKey] ?? null);
    const fields = changedFields(fromKey, toKey, fromFact, toFact);
    if (fields.length > 0)
      causes.push({ kind: 'fact', ref, fromKey, toKey, from: fromFact, to: toFact, fields });
  }
  for (const name of [...new Set([...now.variables, ...old.variables])]) {
    const before = from.variables[name]?.expr ?? null;
    const after = to.variables[name]?.expr ?? null;
    if (before !== after) causes.push({ kind: 'variable', name, from: before, to: after });
  }
  if (a.format !== b.format) causes.push({ kind: 'format', from: a.format, to: b.format });
  if (a.expr !== b.expr) causes.push({ kind: 'expression', from: a.expr, to: b.expr });
  return causes;
}

function changedFields(
  fromKey: string | null,
  toKey: string | null,
  a: SnapshotFact | null,
  b: SnapshotFact | null,
): FactField[] {
  if (a === null && b === null) return [];
  if (a === null || b === null) return ['value'];
  const fields: FactField[] = [];
  if (fromKey !== toKey) fields.push('period');
  if (a.value !== b.value) fields.push('value');
  if (a.unit !== b.unit) fields.push('unit');
  if (a.asOf !== b.asOf) fields.push('asOf');
  if (a.source !== b.source) fields.push('source');
  if (a.scenario !== b.scenario) fields.push('scenario');
  return fields;
}
