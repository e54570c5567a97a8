import { figureSource } from '../../../shared/memo/figureSource';
import { causeText } from '../../../shared/versions/diffReport';
import type { MemoDiff } from '../../../shared/versions/diffVersions';
import type { FlowItem } from './flowTypes';
import { appendixOpening } from './appendixOpening';
import type { LayoutState } from './layoutState';
import { type } from './pdfTheme';
import { textBoxes } from './textBoxes';

/** The "changes since version N" page of a re-issued memo (`--changes-since N`). */
export interface ChangesSince {
  /** `version 3` */
  label: string;
  /** When that version was kept, for people: `30 January 2026`. */
  date: string;
  diff: MemoDiff;
}

const CAUSE_INDENT = 14;

/**
 * A page after the memo listing each figure whose shown value changed since the version
 * named: where it stands, its expression, old → new, and under it each fact (value, as-of,
 * source) or definition that moved it; then where the text changed.
 */
export function changesBoxes(changes: ChangesSince, state: LayoutState): FlowItem[] {
  const { left, right } = state.page;
  const width = right - left;
  const figures = changes.diff.figures;
  const changed = figures?.changed ?? [];
  const intro =
    changed.length === 0
      ? `No figure shows a different value than in ${changes.label} (kept ${changes.date}).`
      : `${changed.length} ${changed.length === 1 ? 'figure shows' : 'figures show'} a different value than in ${changes.label} (kept ${changes.date}): each with its value then and now, and the facts or definitions that moved it.`;
  const items = appendixOpening(`Changes since ${changes.label}`, intro, state);

  for (const change of changed) {
    const head = textBoxes(change.to.place, type.byline, left, width, state);
    const line = textBoxes(
      `${figureSource(change.to.expr, change.to.format)}:  ${change.from.display}  →  ${change.to.display}`,
      type.h3,
      left,
      width,
      state,
    );
    const causes = change.causes.flatMap((cause) =>
      textBoxes(causeText(cause), type.ledger, left + CAUSE_INDENT, width - CAUSE_INDENT, state),
    );
    const group = [...head, ...line, ...causes];
    group.forEach((box, i) =>
      items.push(i < group.length - 1 ? { ...box, keepWithNext: true } : box),
    );
    items.push({ kind: 'space', height: 8 });
  }

  const added = figures?.added.length ?? 0;
  const removed = figures?.removed.length ?? 0;
  if (added + removed > 0)
    items.push(
      ...textBoxes(`Figures added: ${added}; removed: ${removed}.`, type.body, left, width, state),
    );
  const text = changes.diff.blocks.filter((block) => block.status !== 'same');
  items.push({ kind: 'space', height: 6 });
  items.push(
    ...textBoxes(
      text.length === 0
        ? 'The text is unchanged.'
        : `The text changed in ${text.length} ${text.length === 1 ? 'place' : 'places'}: ${text.map((block) => block.place).join('; ')}.`,
      type.body,
      left,
      width,
      state,
    ),
  );
  return items;
}
