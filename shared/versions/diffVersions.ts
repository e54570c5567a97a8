import type { Memo } from '../memo/memoTypes';
import { diffFigures, type FigureDiff } from './diffFigures';
import { diffText, type BlockDiff } from './diffText';
import { memoTextBlocks } from './memoTextBlocks';
import type { VersionSnapshot } from './versionSnapshot';

/** One side of a comparison: a kept version (snapshot null if it was kept before snapshots) or the memo now. */
export interface VersionSide {
  memo: Memo;
  snapshot: VersionSnapshot | null;
}

export interface MemoDiff {
  /** The figures that moved; null when a side has no snapshot (see `missingSnapshot`). */
  figures: FigureDiff | null;
  /** Which side was kept before versions recorded their numbers; null when both have one. */
  missingSnapshot: 'from' | 'to' | 'both' | null;
  /** Every block of text in order with its status; `changed` ones hold a word diff. */
  blocks: BlockDiff[];
  /** How many blocks are not `same`. */
  textChanges: number;
}

/** What changed from one version of a memo to another (CALC.md §10): figures, then text. */
export function diffVersions(from: VersionSide, to: VersionSide): MemoDiff {
  const missingSnapshot =
    from.snapshot === null && to.snapshot === null
      ? 'both'
      : from.snapshot === null
        ? 'from'
        : to.snapshot === null
          ? 'to'
          : null;
  const figures =
    from.snapshot !== null && to.snapshot !== null ? diffFigures(from.snapshot, to.snapshot) : null;
  const blocks = diffText(memoTextBlocks(from.memo.doc), memoTextBlocks(to.memo.doc));
  markFigures(blocks, from.snapshot, to.snapshot, figures);
  const meta = titleBlocks(from.memo, to.memo);
  const all = [...meta, ...blocks];
  return {
    figures,
    missingSnapshot,
    blocks: all,
    textChanges: all.filter((block) => block.status !== 'same').length,
  };
}

/** Gives each figure token the text it showed on each side and, if it changed, its change. */
function markFigures(
  blocks: BlockDiff[],
  from: VersionSnapshot | null,
  to: VersionSnapshot | null,
  figures: FigureDiff | null,
): void {
  const shown = (snapshot: VersionSnapshot | null) =>
    new Map(snapshot?.figures.map((figure) => [figure.path, figure.display]));
  const fromShown = shown(from);
  const toShown = shown(to);
  const changeOf = new Map<string, number>();
  figures?.changed.forEach((change, i) => {
    changeOf.set(`t${change.to.path}`, i);
    changeOf.set(`f${change.from.path}`, i);
  });
  for (const block of blocks) {
    for (const token of block.tokens) {
      if (token.fromPath !== undefined) {
        const text = fromShown.get(token.fromPath);
        if (text !== undefined) token.fromShown = text;
      }
      if (token.toPath !== undefined) {
        const text = toShown.get(token.toPath);
        if (text !== undefined) token.toShown = text;
      }
      const change =
        (token.toPath !== undefined ? changeOf.get(`t${token.toPath}`) : undefined) ??
        (token.op !== 'ins' && token.fromPath !== undefined
          ? changeOf.get(`f${token.fromPath}`)
          : undefined);
      if (change !== undefined) token.change = change;
    }
  }
}

/** The title block's fields, as changed blocks when they differ. */
function titleBlocks(from: Memo, to: Memo): BlockDiff[] {
  const out: BlockDiff[] = [];
  for (const field of ['title', 'subtitle', 'author', 'date'] as const) {
    const a = from.meta[field];
    const b = to.meta[field];
    if (a === b) continue;
    const tokens: BlockDiff['tokens'] = [];
    if (a !== '') tokens.push({ op: 'del', text: a });
    if (a !== '' && b !== '') tokens.push({ op: 'same', text: ' ' });
    if (b !== '') tokens.push({ op: 'ins', text: b });
    out.push({ status: 'changed', type: 'paragraph', level: 0, place: `memo ${field}`, tokens });
  }
  return out;
}
