import { causeText, redlineText } from './diffReport';
import type { MemoDiff } from './diffVersions';
import type { SnapshotFigure } from './versionSnapshot';

interface VersionRef {
  version: number;
  reason: string;
  createdAt: string;
}

/** `tickmark diff --json`: the change report as data, each cause with its one-line text. */
export function diffJson(input: {
  memoId: number;
  diff: MemoDiff;
  older: VersionRef;
  newer: VersionRef | null;
}): unknown {
  const { diff } = input;
  const side = (v: VersionRef | null) =>
    v === null ? 'now' : { version: v.version, reason: v.reason, createdAt: v.createdAt };
  const figure = (f: SnapshotFigure) => ({
    index: f.index,
    place: f.place,
    expr: f.expr,
    format: f.format,
    display: f.display,
    value: f.value,
    unit: f.unit,
    error: f.error,
  });
  return {
    memo: input.memoId,
    from: side(input.older),
    to: side(input.newer),
    missingSnapshot: diff.missingSnapshot,
    figures:
      diff.figures === null
        ? null
        : {
            changed: diff.figures.changed.map((change) => ({
              place: change.to.place,
              from: figure(change.from),
              to: figure(change.to),
              causes: change.causes.map((cause) => ({ ...cause, text: causeText(cause) })),
            })),
            added: diff.figures.added.map(figure),
            removed: diff.figures.removed.map(figure),
            unchanged: diff.figures.unchanged,
          },
    text: diff.blocks
      .filter((block) => block.status !== 'same')
      .map((block) => ({
        status: block.status,
        place: block.place,
        ...(block.fromPlace !== undefined ? { fromPlace: block.fromPlace } : {}),
        redline: redlineText(block.tokens),
        tokens: block.tokens.map(({ op, text }) => ({ op, text })),
      })),
  };
}
