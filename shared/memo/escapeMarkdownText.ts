export interface EscapeOptions {
  /** The text opens the line: block markers (`#`, `>`, `-`, `+`, `1.`) must not start it. */
  lineStart: boolean;
  /** Inside a heading, where a trailing `#` would close it. */
  heading: boolean;
  /** Right after a `]` (a footnote reference), where `:` or `(` would change its meaning. */
  afterBracket: boolean;
}

const ALWAYS = new Set(['\\', '*', '_', '`', '[', ']', '<', '{', '}', '~', '|']);
const LINE_START = new Set(['#', '>', '-', '+', '=']);
const ENTITY_LIKE = /^&#?[a-z0-9]+;/i;
const SPECIAL = /[\\*_`[\]<{}~|\n\t&#!^:]/g;
const ORDERED_MARKER = /^(\d{1,9})([.)])/;

/**
 * Text as memo Markdown writes it, so that reading it back gives exactly the same text:
 * every character Markdown (or a memo figure `{{ }}`) could read as syntax is
 * backslash-escaped (`!` and `^` only at the end, where a link could follow and make an image
 * or a footnote), `&` only where it would start an entity, and a tab or a newline inside
 * the text becomes a character reference. Edge spaces are handled by `encodeEdgeWhitespace`.
 */
export function escapeMarkdownText(text: string, options: EscapeOptions): string {
  let out = '';
  let index = 0;
  if (options.lineStart) {
    const marker = ORDERED_MARKER.exec(text);
    if (marker) {
      out = `${marker[1]}\\${marker[2]}`;
      index = marker[0].length;
    } else if (LINE_START.has(text[0] ?? '')) {
      out = `\\${text[0]}`;
      index = 1;
    }
  }
  if (options.afterBracket && (text[0] === ':' || text[0] === '(') && index === 0) {
    out = `\\${text[0]}`;
    index = 1;
  }
  return (
    out +
    text.slice(index).replace(SPECIAL, (ch: string, offset: number) => {
      const at = index + offset;
      if (ALWAYS.has(ch) || (ch === '#' && options.heading)) return `\\${ch}`;
      if (ch === ':') return text[at - 1] === ']' ? '\\:' : ch;
      if (ch === '!' || ch === '^') return at === text.length - 1 ? `\\${ch}` : ch;
      if (ch === '&') return ENTITY_LIKE.test(text.slice(at, at + 40)) ? '\\&' : ch;
      if (ch === '\n') return '&#10;';
      if (ch === '\t') return '&#9;';
      return ch;
    })
  );
}

/**
 * Markdown trims the spaces around a paragraph, heading or table cell; spaces the memo
 * really has there are written as character references (`&#32;`) so they survive.
 */
export function encodeEdgeWhitespace(line: string): string {
  const leading = /^\s+/.exec(line)?.[0] ?? '';
  const trailing = /\s+$/.exec(line.slice(leading.length))?.[0] ?? '';
  const middle = line.slice(leading.length, line.length - trailing.length);
  return characterReferences(leading) + middle + characterReferences(trailing);
}

function characterReferences(text: string): string {
  return Array.from(text, (ch) => `&#${ch.codePointAt(0)};`).join('');
}
