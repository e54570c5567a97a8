import { splitFigureSource } from './figureSource';

/**
 * The figure source `{{ … }}` starting at `start` in `src`, on one line and closing before
 * `max`: the text between the braces and the index after `}}`; null if there is none. The one
 * reading of a figure in text: the Markdown reader's inline rule and pasted text both use it.
 * Whatever is between the braces is kept, parseable or not: a figure is never lost.
 */
export function figureSourceAt(
  src: string,
  start: number,
  max = src.length,
): { inner: string; end: number } | null {
  if (src.charCodeAt(start) !== 0x7b || src.charCodeAt(start + 1) !== 0x7b) return null;
  const close = src.indexOf('}}', start + 2);
  if (close < 0 || close + 2 > max) return null;
  const inner = src.slice(start + 2, close);
  if (inner.includes('\n')) return null;
  return { inner, end: close + 2 };
}

/** A run of plain text, or a figure read from `{{ … }}`. */
export type FigureTextPart =
  | { text: string }
  | { figure: { expr: string; format: string; scenario?: string } };

/** Plain text cut into text and the figures its `{{ … }}` hold, as the Markdown reader reads them. */
export function splitFigureText(text: string): FigureTextPart[] {
  const parts: FigureTextPart[] = [];
  let copied = 0;
  let at = text.indexOf('{{');
  while (at >= 0) {
    const found = figureSourceAt(text, at);
    if (!found) {
      at = text.indexOf('{{', at + 1);
      continue;
    }
    if (at > copied) parts.push({ text: text.slice(copied, at) });
    parts.push({ figure: splitFigureSource(found.inner) });
    copied = found.end;
    at = text.indexOf('{{', copied);
  }
  if (copied < text.length) parts.push({ text: text.slice(copied) });
  return parts;
}
