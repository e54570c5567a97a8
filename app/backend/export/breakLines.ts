import LineBreaker from 'linebreak';
import type { Footnote, Fragment, Line, LinkTarget, Measurer, Span, SpanStyle } from './flowTypes';

interface Piece {
  text: string;
  span: Span;
  width: number;
  /** The first piece of its span: carries the span's destination. */
  first: boolean;
}

type Token =
  | { kind: 'word'; pieces: Piece[]; width: number }
  | { kind: 'space'; piece: Piece; hyphen?: boolean }
  | { kind: 'break' };

/**
 * Breaks spans into lines no wider than `width` (ragged right, greedy) at the break
 * opportunities of UAX #14: after spaces and hyphens, at soft hyphens (then a hyphen is
 * drawn), never inside a no-break space. A `keep` span (a figure) and text glued to it stay
 * together. A word is cut only when it is wider than the line on its own, and then each cut
 * ends with a hyphen. Always returns at least one line.
 */
export function breakLines(spans: Span[], width: number, measurer: Measurer): Line[] {
  const tokens = tokenize(spans, measurer);
  const lines: Line[] = [];
  let current: Piece[] = [];
  let currentWidth = 0;
  let pendingSpace: Piece | null = null;
  let pendingHyphen = false;
  const fits = (w: number): boolean => w <= width + 0.01;

  const finish = (last: boolean): void => {
    lines.push(toLine(current, last));
    current = [];
    currentWidth = 0;
  };
  const hyphenPiece = (span: Span): Piece => ({
    text: '-',
    span,
    width: measurer.width('-', span.style),
    first: false,
  });
  const push = (piece: Piece): void => {
    current.push(piece);
    currentWidth += piece.width;
  };
  const placeAtStart = (pieces: Piece[]): void => {
    for (const piece of pieces) {
      if (current.length > 0 && !fits(currentWidth + piece.width)) finish(false);
      if (fits(currentWidth + piece.width)) push(piece);
      else placeByCharacters(piece);
    }
  };
  /** A word wider than the line: cut by characters, each cut ending with a hyphen. */
  const placeByCharacters = (piece: Piece): void => {
    const hyphen = measurer.width('-', piece.span.style);
    let text = '';
    let first = piece.first;
    for (const char of piece.text) {
      const next = measurer.width(text + char, piece.span.style);
      if (text !== '' && !fits(currentWidth + next + hyphen)) {
        push({
          text: `${text}-`,
          span: piece.span,
          width: measurer.width(`${text}-`, piece.span.style),
          first,
        });
        finish(false);
        text = '';
        first = false;
      }
      text += char;
    }
    if (text !== '') {
      push({ text, span: piece.span, width: measurer.width(text, piece.span.style), first });
    }
  };

  for (const token of tokens) {
    if (token.kind === 'break') {
      finish(true);
      pendingSpace = null;
      pendingHyphen = false;
    } else if (token.kind === 'space') {
      if (current.length > 0 && pendingSpace === null) {
        pendingSpace = token.piece;
        pendingHyphen = token.hyphen === true;
      }
    } else if (current.length === 0) {
      placeAtStart(token.pieces);
    } else {
      const spaceWidth = pendingSpace === null ? 0 : pendingSpace.width;
      if (fits(currentWidth + spaceWidth + token.width)) {
        if (pendingSpace && pendingSpace.text !== '') current.push(pendingSpace);
        for (const piece of token.pieces) current.push(piece);
        currentWidth += spaceWidth + token.width;
      } else {
        if (pendingHyphen && pendingSpace) push(hyphenPiece(pendingSpace.span));
        finish(false);
        placeAtStart(token.pieces);
      }
      pendingSpace = null;
      pendingHyphen = false;
    }
  }
  if (current.length > 0 || lines.length === 0) finish(true);
  return lines;
}

/** Stands for a figure or a footnote marker in the text UAX #14 reads: one letter, glued to what touches it. */
const ATOM = 'x';
const SOFT_HYPHEN = '\u00ad';
const SPACE = /[ \t\r\n]/;
const CODE_BREAK_AFTER = /[._/*+,(-]/;

/**
 * Cuts spans into words, spaces and break opportunities. Where a line may break is decided by
 * UAX #14 (the `linebreak` package) over the whole paragraph: after spaces and hyphens, at soft
 * hyphens (drawn only if the line breaks there), never at a no-break space. Code-like spans may
 * also break after `.`, `_`, operators and commas.
 */
function tokenize(spans: Span[], measurer: Measurer): Token[] {
  let text = '';
  const starts: number[] = [];
  for (const span of spans) {
    starts.push(text.length);
    text += span.hardBreak ? '\n' : span.keep || span.footnote ? ATOM : span.text;
  }
  const opportunities = new Set<number>();
  const breaker = new LineBreaker(text);
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) opportunities.add(bk.position);

  const tokens: Token[] = [];
  let word: Piece[] | null = null;
  const endWord = (): void => {
    if (word && word.length > 0) {
      tokens.push({ kind: 'word', pieces: word, width: word.reduce((w, p) => w + p.width, 0) });
    }
    word = null;
  };
  const addToWord = (piece: Piece): void => {
    word ??= [];
    word.push(piece);
  };
  /** A zero-width place to break inside a word (after a hyphen; at a soft hyphen, which then shows). */
  const opportunity = (span: Span, at: number): void => {
    if (!word || at === 0 || SPACE.test(text[at - 1] ?? ' ')) return;
    endWord();
    const hyphen = text[at - 1] === SOFT_HYPHEN;
    tokens.push({ kind: 'space', piece: { text: '', span, width: 0, first: false }, hyphen });
  };
  spans.forEach((span, s) => {
    const start = starts[s]!;
    if (span.hardBreak) {
      endWord();
      tokens.push({ kind: 'break' });
      return;
    }
    if (span.keep || span.footnote) {
      if (opportunities.has(start)) opportunity(span, start);
      addToWord({
        text: span.text,
        span,
        width: measurer.width(span.text, span.style),
        first: true,
      });
      return;
    }
    const t = span.text;
    let first = true;
    for (let i = 0; i < t.length; ) {
      if (SPACE.test(t[i]!)) {
        let j = i + 1;
        while (j < t.length && SPACE.test(t[j]!)) j++;
        endWord();
        tokens.push({
          kind: 'space',
          piece: { text: ' ', span, width: measurer.width(' ', span.style), first },
        });
        first = false;
        i = j;
        continue;
      }
      if (
        opportunities.has(start + i) ||
        (span.breakable && i > 0 && CODE_BREAK_AFTER.test(t[i - 1]!))
      )
        opportunity(span, start + i);
      let j = i + 1;
      while (
        j < t.length &&
        !SPACE.test(t[j]!) &&
        !opportunities.has(start + j) &&
        !(span.breakable && CODE_BREAK_AFTER.test(t[j - 1]!))
      )
        j++;
      const part = t.slice(i, j).replaceAll(SOFT_HYPHEN, '');
      if (part !== '') {
        addToWord({ text: part, span, width: measurer.width(part, span.style), first });
        first = false;
      }
      i = j;
    }
  });
  endWord();
  return tokens;
}

function toLine(pieces: Piece[], last: boolean): Line {
  const fragments: Fragment[] = [];
  const footnotes: Footnote[] = [];
  let x = 0;
  for (const piece of pieces) {
    if (piece.span.footnote) footnotes.push(piece.span.footnote);
    const dest = piece.first ? piece.span.dest : undefined;
    const previous = fragments[fragments.length - 1];
    if (previous && !dest && canMerge(previous, piece.span)) {
      previous.text += piece.text;
      previous.width += piece.width;
    } else {
      const fragment: Fragment = {
        text: piece.text,
        style: piece.span.style,
        x,
        width: piece.width,
      };
      if (piece.span.link) fragment.link = piece.span.link;
      if (dest) fragment.dest = dest;
      fragments.push(fragment);
    }
    x += piece.width;
  }
  return { fragments, width: x, footnotes, last };
}

function canMerge(fragment: Fragment, span: Span): boolean {
  return (
    !span.footnote && sameStyle(fragment.style, span.style) && sameLink(fragment.link, span.link)
  );
}

function sameStyle(a: SpanStyle, b: SpanStyle): boolean {
  return (
    a === b ||
    (a.font === b.font &&
      a.size === b.size &&
      a.color === b.color &&
      a.tracking === b.tracking &&
      a.underline === b.underline &&
      a.rise === b.rise &&
      (a.features ?? []).join() === (b.features ?? []).join())
  );
}

function sameLink(a: LinkTarget | undefined, b: LinkTarget | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.kind === 'uri' && b.kind === 'uri') return a.uri === b.uri;
  if (a.kind === 'goTo' && b.kind === 'goTo') return a.name === b.name;
  return false;
}
