/** One line of a calc block as the rename tracker sees it: its defined name and expression. */
export interface NamedLine {
  name: string | null;
  expr: string | null;
}

/** A variable being renamed on line `line` (0-based): `to` is null while the new name is unfinished. */
export interface PendingRename {
  line: number;
  from: string;
  to: string | null;
}

/**
 * Follows the rename of a calc block variable across keystrokes: `capex_share` edited
 * letter by letter into `capex_pct` is one rename from `capex_share`, not nine. A rename
 * starts when a line keeps its expression and changes its name; it ends when the name
 * returns to the original, the line disappears, or the original name is defined again.
 */
export function trackRename(
  pending: PendingRename | null,
  prev: readonly NamedLine[],
  next: readonly NamedLine[],
): PendingRename | null {
  if (pending) {
    const line = next[pending.line];
    if (!line || definedElsewhere(next, pending.from, pending.line)) return null;
    if (line.name === pending.from) return null;
    return { ...pending, to: line.name };
  }
  if (prev.length !== next.length) return null;
  for (let i = 0; i < next.length; i++) {
    const before = prev[i]!;
    const after = next[i]!;
    if (!before.name || after.name === before.name) continue;
    if (after.name !== null && after.expr !== before.expr) continue;
    if (definedElsewhere(next, before.name, i)) continue;
    return { line: i, from: before.name, to: after.name };
  }
  return null;
}

function definedElsewhere(lines: readonly NamedLine[], name: string, except: number): boolean {
  return lines.some((line, i) => i !== except && line.name === name);
}
