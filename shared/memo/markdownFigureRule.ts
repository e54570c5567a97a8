import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import { splitFigureSource } from './figureSource';
import { figureSourceAt } from './splitFigureText';

/** The markdown-it token type of an inline figure; `meta` is `{ expr, format }`. */
export const FIGURE_TOKEN = 'memo_figure';

/**
 * Inline rule for `{{ expr }}` and `{{ expr | format }}` on one line (`figureSourceAt`).
 */
export function figureRule(state: StateInline, silent: boolean): boolean {
  const found = figureSourceAt(state.src, state.pos, state.posMax);
  if (!found) return false;
  if (!silent) {
    const token = state.push(FIGURE_TOKEN, '', 0);
    const placeholder = pipePlaceholderOf(state.env);
    const inner = placeholder ? found.inner.replaceAll(placeholder, '|') : found.inner;
    token.meta = splitFigureSource(inner);
  }
  state.pos = found.end;
  return true;
}

/**
 * A GFM table splits its rows at every `|`, including the one inside `{{ expr | format }}`.
 * Before parsing, each `|` inside `{{ }}` becomes a private-use character absent from the
 * text (same length, so line positions hold); `restorePipes` puts them back afterwards.
 */
export function protectFigurePipes(src: string): { src: string; placeholder: string } {
  const placeholder = unusedPrivateCharacter(src);
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < src.length) {
    const ch = src.charCodeAt(i);
    if (ch === 0x5c) {
      i += 2;
      continue;
    }
    if (ch === 0x7b && src.charCodeAt(i + 1) === 0x7b) {
      const end = src.indexOf('}}', i + 2);
      const lineEnd = src.indexOf('\n', i + 2);
      if (end >= 0 && (lineEnd < 0 || end < lineEnd)) {
        out += src.slice(copied, i) + src.slice(i, end).replaceAll('|', placeholder);
        copied = end;
        i = end + 2;
        continue;
      }
    }
    i++;
  }
  return { src: out + src.slice(copied), placeholder };
}

function unusedPrivateCharacter(src: string): string {
  for (let code = 0xe000; code <= 0xf8ff; code++) {
    const candidate = String.fromCharCode(code);
    if (!src.includes(candidate)) return candidate;
  }
  throw new Error(
    'Markdown import: the text uses every private-use character; cannot protect figures.',
  );
}

/** The placeholder `protectFigurePipes` chose, as stored in the parse environment. */
export function pipePlaceholderOf(env: unknown): string | null {
  if (typeof env !== 'object' || env === null || !('pipePlaceholder' in env)) return null;
  return typeof env.pipePlaceholder === 'string' ? env.pipePlaceholder : null;
}
