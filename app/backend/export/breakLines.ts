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
  | { kind: 'space'; piece: Piece }
  | { kind: 'break' };

const SPACES = /([ \t\r\n]+)/;
const CODE_BREAKS = /(?<=[._/*+,(-])/;

/**
 * Breaks spans into lines no wider than `width` (ragged right, greedy). Spaces break lines;
 * a `keep` span (a figure) and text glued to it stay together; a word wider than the line
 * is cut by characters. Always returns at least one line.
 */
export function breakLines(spans: Span[], width: number, measurer: Measurer): Line[] {
  const tokens = tokenize(spans, measurer);
  const lines: Line[] = [];
  let current: Piece[] = [];
  let currentWidth = 0;
  let pendingSpace: Piece | null = null;

  const finish = (last: boolean): void => {
    lines.push(toLine(current, last));
    current = [];
    currentWidth = 0;
  };
  const placeAtStart = (pieces: Piece[]): void => {
    for (const piece of pieces) {
      if (currentWidth + piece.width <= width + 0.01 || current.length === 0) {
        if (piece.width > width + 0.01) {
          placeByCharacters(piece);
          continue;
        }
        current.push(piece);
        currentWidth += piece.width;
      } else {
        finish(false);
        if (piece.width > width + 0.01) placeByCharacters(piece);
        else {
          current.push(piece);
          currentWidth += piece.width;
        }
      }
    }
  };
  const placeByCharacters = (piece: Piece): void => {
    let text = '';
    let first = piece.first;
    for (const char of piece.text) {
      const next = measurer.width(text + char, piece.span.style);
      if (text !== '' && currentWidth + next > width + 0.01) {
        const part = {
          text,
          span: piece.span,
          width: measurer.width(text, piece.span.style),
          first,
        };
        current.push(part);
        finish(false);
        text = '';
        first = false;
      }
      text += char;
    }
    if (text !== '') {
      const part = { text, span: piece.span, width: measurer.width(text, piece.span.style), first };
      current.push(part);
      currentWidth += part.width;
    }
  };

  for (const token of tokens) {
    if (token.kind === 'break') {
      finish(true);
      pendingSpace = null;
    } else if (token.kind === 'space') {
      if (current.length > 0 && pendingSpace === null) pendingSpace = token.piece;
    } else if (current.length === 0) {
      placeAtStart(token.pieces);
    } else {
      const spaceWidth = pendingSpace === null ? 0 : pendingSpace.width;
      if (currentWidth + spaceWidth + token.width <= width + 0.01) {
        if (pendingSpace) current.push(pendingSpace);
        for (const piece of token.pieces) current.push(piece);
        currentWidth += spaceWidth + token.width;
      } else {
        finish(false);
        placeAtStart(token.pieces);
      }
      pendingSpace = null;
    }
  }
  if (current.length > 0 || lines.length === 0) finish(true);
  return lines;
}

function tokenize(spans: Span[], measurer: Measurer): Token[] {
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
  for (const span of spans) {
    if (span.hardBreak) {
      endWord();
      tokens.push({ kind: 'break' });
      continue;
    }
    if (span.keep || span.footnote) {
      addToWord({
        text: span.text,
        span,
        width: measurer.width(span.text, span.style),
        first: true,
      });
      continue;
    }
    let first = true;
    for (const part of span.text.split(SPACES)) {
      if (part === '') continue;
      const piece = { text: part, span, width: 0, first };
      first = false;
      if (SPACES.test(part)) {
        endWord();
        piece.text = ' ';
        piece.width = measurer.width(' ', span.style);
        tokens.push({ kind: 'space', piece });
      } else if (span.breakable) {
        part.split(CODE_BREAKS).forEach((chunk, k) => {
          if (k > 0) {
            endWord();
            tokens.push({ kind: 'space', piece: { text: '', span, width: 0, first: false } });
          }
          addToWord({
            text: chunk,
            span,
            width: measurer.width(chunk, span.style),
            first: piece.first && k === 0,
          });
        });
      } else {
        piece.width = measurer.width(part, span.style);
        addToWord(piece);
      }
    }
  }
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
