import { figureSource } from '../memo/figureSource';
import type { FigureCause } from './diffFigures';
import type { MemoDiff } from './diffVersions';
import type { SnapshotFact } from './versionSnapshot';

/** A fact's number as the change report prints it: `3,400,000,000`, `0.202`. */
export function factNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const text = String(Math.abs(value));
  if (/e/i.test(text)) return String(value);
  const [whole = '0', decimals] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}${decimals !== undefined ? `.${decimals}` : ''}`;
}

const NONE = '(none)';

function factValue(fact: SnapshotFact | null): string {
  return fact === null ? NONE : factNumber(fact.value);
}

/**
 * One line for one cause: `NWD.ebitda.FY2025: 3,100,000,000 → 3,400,000,000`, then what else
 * moved (`; as of 2025-06-30 → 2025-09-30; source "10-K" → "10-Q"`).
 */
export function causeText(cause: FigureCause): string {
  switch (cause.kind) {
    case 'fact': {
      const label = cause.fromKey === cause.toKey ? (cause.toKey ?? cause.ref) : cause.ref;
      const parts = [`${label}: ${factValue(cause.from)} → ${factValue(cause.to)}`];
      const a = cause.from;
      const b = cause.to;
      if (cause.fields.includes('period'))
        parts.push(`reads ${cause.fromKey ?? NONE} → ${cause.toKey ?? NONE}`);
      if (a && b) {
        if (cause.fields.includes('unit')) parts.push(`unit ${a.unit || NONE} → ${b.unit || NONE}`);
        if (cause.fields.includes('asOf'))
          parts.push(`as of ${a.asOf ?? NONE} → ${b.asOf ?? NONE}`);
        if (cause.fields.includes('source')) parts.push(`source "${a.source}" → "${b.source}"`);
        if (cause.fields.includes('scenario'))
          parts.push(`scenario ${a.scenario || 'base'} → ${b.scenario || 'base'}`);
      }
      return parts.join('; ');
    }
    case 'variable':
      return `${cause.name} = ${cause.from ?? NONE} → ${cause.to ?? NONE}`;
    case 'format':
      return `format ${cause.from || '(default)'} → ${cause.to || '(default)'}`;
    case 'expression':
      return `expression ${cause.from} → ${cause.to}`;
  }
}

/**
 * The change report `tickmark diff` prints (CALC.md §10): each changed figure `old → new`
 * with the causes indented under it, then the text that changed, struck words as `[-…-]`
 * and inserted ones as `{+…+}`.
 */
export function diffReportLines(diff: MemoDiff, fromLabel: string, toLabel: string): string[] {
  const lines: string[] = [`Changes from ${fromLabel} to ${toLabel}`, ''];
  if (diff.figures === null) {
    const which =
      diff.missingSnapshot === 'both'
        ? `${fromLabel} and ${toLabel} were`
        : `${diff.missingSnapshot === 'from' ? fromLabel : toLabel} was`;
    lines.push(`Figures: not compared: ${which} kept before versions recorded their numbers.`, '');
  } else {
    const { changed, added, removed, unchanged } = diff.figures;
    lines.push(`Figures changed: ${changed.length} (${unchanged} unchanged)`);
    for (const change of changed) {
      lines.push(
        `  ${change.to.place}: ${figureSource(change.to.expr, change.to.format)}: ${change.from.display} → ${change.to.display}`,
      );
      for (const cause of change.causes) lines.push(`      ${causeText(cause)}`);
    }
    for (const figure of added)
      lines.push(
        `  new at ${figure.place}: ${figureSource(figure.expr, figure.format)}: ${figure.display}`,
      );
    for (const figure of removed)
      lines.push(
        `  removed from ${figure.place}: ${figureSource(figure.expr, figure.format)}: ${figure.display}`,
      );
    lines.push('');
  }
  const text = diff.blocks.filter((block) => block.status !== 'same');
  lines.push(`Text changed: ${text.length} ${text.length === 1 ? 'block' : 'blocks'}`);
  for (const block of text) {
    const where =
      block.status === 'moved'
        ? `${block.place} (moved from ${block.fromPlace ?? '?'})`
        : block.place;
    lines.push(`  ${where}: ${redlineText(block.tokens)}`);
  }
  return lines;
}

/** Tokens as one line: struck runs `[-…-]`, inserted runs `{+…+}`. */
export function redlineText(tokens: readonly { op: string; text: string }[]): string {
  let out = '';
  let open: string | null = null;
  for (const token of tokens) {
    if (token.op !== open) {
      if (open === 'del') out += '-]';
      if (open === 'ins') out += '+}';
      if (token.op === 'del') out += '[-';
      if (token.op === 'ins') out += '{+';
      open = token.op;
    }
    out += token.text.replace(/\n/g, ' ⏎ ');
  }
  if (open === 'del') out += '-]';
  if (open === 'ins') out += '+}';
  return out;
}
