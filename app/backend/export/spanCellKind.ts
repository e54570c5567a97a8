import { cellKind, type CellKind } from '../../../shared/format/cellKind';
import type { Span } from './flowTypes';

/** A cell's kind by the shared rule: its text without figures and footnotes, and its figures. */
export function spanCellKind(spans: Span[]): CellKind {
  const text = spans
    .filter((s) => !s.keep && !s.footnote)
    .map((s) => (s.hardBreak ? ' ' : s.text))
    .join('');
  return cellKind({ text, figures: spans.filter((s) => s.keep).length });
}
