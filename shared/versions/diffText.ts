import { diffSequences } from './diffSequences';
import { splitWords, type TextBlock, type TextBlockType, type TextToken } from './memoTextBlocks';

/** One token of a redline: kept, struck (only in the old version) or inserted (only in the new). */
export interface DiffToken {
  op: 'same' | 'del' | 'ins';
  text: string;
  /** For a figure: its path in the old version (same, del) and in the new one (same, ins). */
  fromPath?: string;
  toPath?: string;
  /** For a figure: the text it showed in the old / the new version (when that has a snapshot). */
  fromShown?: string;
  toShown?: string;
  /** For a figure whose shown text changed: its index in `MemoDiff.figures.changed`. */
  change?: number;
}

/**
 * `same`: unchanged; `changed`: edited (word diff in tokens); `added`/`removed`: only in one
 * version; `moved`: the same text at another place (shown where it is now; `fromPlace` says
 * where it was), and nothing stands where it was.
 */
export type BlockStatus = 'same' | 'changed' | 'added' | 'removed' | 'moved';

export interface BlockDiff {
  status: BlockStatus;
  type: TextBlockType;
  level: number;
  /** Where the block stands in the new version (in the old one for `removed`). */
  place: string;
  /** Where it stood in the old version, for `changed` and `moved` when it differs. */
  fromPlace?: string;
  tokens: DiffToken[];
}

/**
 * The text that changed between two versions, block by block, in the new version's order
 * (removed blocks where they stood): blocks are matched by their whole text, an unmatched old
 * block is paired with the next unmatched new block of the same kind and compared word by word,
 * and a block whose exact text stands elsewhere in the other version counts as moved.
 */
export function diffText(from: readonly TextBlock[], to: readonly TextBlock[]): BlockDiff[] {
  const ops = diffSequences(from, to, (block) => `${block.type}\u0000${block.key}`);
  const removedKeys = new Map<string, number>();
  const addedKeys = new Map<string, number>();
  for (const op of ops) {
    if (op.op === 'del') bump(removedKeys, op.a.key);
    if (op.op === 'ins') bump(addedKeys, op.b.key);
  }
  const moved = new Set<string>();
  for (const [key, n] of removedKeys) if ((addedKeys.get(key) ?? 0) > 0 && n > 0) moved.add(key);

  const out: BlockDiff[] = [];
  let dels: TextBlock[] = [];
  let inss: TextBlock[] = [];
  const flush = (): void => {
    const pendingDels = dels.filter((block) => !moved.has(block.key));
    for (const block of inss) {
      if (moved.has(block.key)) {
        out.push(whole('moved', block, 'same', 'to'));
        continue;
      }
      const pair = pendingDels.findIndex((candidate) => candidate.type === block.type);
      if (pair < 0) {
        out.push(whole('added', block, 'ins', 'to'));
        continue;
      }
      const [old] = pendingDels.splice(pair, 1);
      if (!old) continue;
      // Removed blocks before this pair stay where they stood.
      out.push({
        status: 'changed',
        type: block.type,
        level: block.level,
        place: block.place,
        ...(old.place !== block.place ? { fromPlace: old.place } : {}),
        tokens: diffWords(old.tokens, block.tokens),
      });
    }
    for (const block of pendingDels) out.push(whole('removed', block, 'del', 'from'));
    dels = [];
    inss = [];
  };
  for (const op of ops) {
    if (op.op === 'same') {
      flush();
      out.push({
        status: 'same',
        type: op.b.type,
        level: op.b.level,
        place: op.b.place,
        tokens: sameTokens(op.a.tokens, op.b.tokens),
      });
    } else if (op.op === 'del') dels.push(op.a);
    else inss.push(op.b);
  }
  flush();
  return out;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function whole(
  status: BlockStatus,
  block: TextBlock,
  op: DiffToken['op'],
  side: 'from' | 'to',
): BlockDiff {
  return {
    status,
    type: block.type,
    level: block.level,
    place: block.place,
    tokens: block.tokens.map((token) => tokenOf(op, token, side)),
  };
}

function tokenOf(op: DiffToken['op'], token: TextToken, side: 'from' | 'to'): DiffToken {
  if (token.figurePath === undefined) return { op, text: token.text };
  return side === 'from'
    ? { op, text: token.text, fromPath: token.figurePath }
    : { op, text: token.text, toPath: token.figurePath };
}

function sameTokens(a: readonly TextToken[], b: readonly TextToken[]): DiffToken[] {
  return b.map((token, i) => {
    const old = a[i];
    if (token.figurePath === undefined) return { op: 'same', text: token.text };
    return {
      op: 'same',
      text: token.text,
      toPath: token.figurePath,
      ...(old?.figurePath !== undefined ? { fromPath: old.figurePath } : {}),
    };
  });
}

/**
 * The word-level diff of two blocks: kept, struck and inserted tokens in reading order. A space
 * between two edits joins them, so `last year` → `in 2025` reads as one struck and one
 * inserted run.
 */
export function diffWords(a: readonly TextToken[], b: readonly TextToken[]): DiffToken[] {
  const raw = diffSequences(splitWords(a), splitWords(b), (token) => token.text).map(
    (op): DiffToken => {
      if (op.op === 'del') return tokenOf('del', op.a, 'from');
      if (op.op === 'ins') return tokenOf('ins', op.b, 'to');
      const token: DiffToken = { op: 'same', text: op.b.text };
      if (op.a.figurePath !== undefined) token.fromPath = op.a.figurePath;
      if (op.b.figurePath !== undefined) token.toPath = op.b.figurePath;
      return token;
    },
  );
  const out: DiffToken[] = [];
  let dels: DiffToken[] = [];
  let inss: DiffToken[] = [];
  const flush = (): void => {
    out.push(...dels, ...inss);
    dels = [];
    inss = [];
  };
  raw.forEach((token, i) => {
    const before = raw[i - 1];
    const after = raw[i + 1];
    const joins =
      token.op === 'same' &&
      token.fromPath === undefined &&
      /^\s+$/.test(token.text) &&
      before !== undefined &&
      before.op !== 'same' &&
      after !== undefined &&
      after.op !== 'same';
    if (joins) {
      dels.push({ op: 'del', text: token.text });
      inss.push({ op: 'ins', text: token.text });
    } else if (token.op === 'del') dels.push(token);
    else if (token.op === 'ins') inss.push(token);
    else {
      flush();
      out.push(token);
    }
  });
  flush();
  return out;
}
