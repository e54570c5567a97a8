import { FACE_METRICS, METRIC_CHARS } from './chartFontMetrics';

/** The faces a chart uses (the PDF's role names for Inter Regular and SemiBold). */
export type ChartFace = keyof typeof FACE_METRICS;

interface FaceTable {
  unitsPerEm: number;
  ascent: number;
  widths: Map<string, number>;
  fallback: number;
}

const tables = new Map<ChartFace, FaceTable>();

function table(face: ChartFace): FaceTable {
  let t = tables.get(face);
  if (t) return t;
  const metrics = FACE_METRICS[face];
  const chars = [...METRIC_CHARS];
  const advances = metrics.widths.split(',').map((w) => parseInt(w, 36));
  const widths = new Map(chars.map((ch, i) => [ch, advances[i] ?? 0]));
  t = {
    unitsPerEm: metrics.unitsPerEm,
    ascent: metrics.ascent,
    widths,
    fallback: widths.get('0') ?? metrics.unitsPerEm / 2,
  };
  tables.set(face, t);
  return t;
}

/**
 * The advance width of `text` in points in the bundled Inter face, set without kerning (as
 * the PDF and the editor draw chart labels: `CHART_TEXT_FEATURES`).
 */
export function chartTextWidth(text: string, face: ChartFace, size: number): number {
  const t = table(face);
  let units = 0;
  for (const ch of text) units += t.widths.get(ch) ?? t.fallback;
  return (units / t.unitsPerEm) * size;
}

/** The OpenType features chart labels are set with: kerning off, so widths are the table's. */
export const CHART_TEXT_FEATURES = { kern: false } as const;

/**
 * Breaks `text` into at most `maxLines` lines of at most `maxWidth` points, at spaces (a word
 * too long for a line is cut); what does not fit ends the last line with `…`.
 */
export function wrapChartText(
  text: string,
  face: ChartFace,
  size: number,
  maxWidth: number,
  maxLines: number,
): string[] {
  const fits = (s: string): boolean => chartTextWidth(s, face, size) <= maxWidth;
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let rest = words;
  while (rest.length > 0 && lines.length < maxLines) {
    const word = rest[0]!;
    const candidate = current === '' ? word : `${current} ${word}`;
    if (fits(candidate)) {
      current = candidate;
      rest = rest.slice(1);
      continue;
    }
    if (current === '') {
      // One word wider than the line: it is shortened below.
      current = word;
      rest = rest.slice(1);
    }
    lines.push(current);
    current = '';
  }
  if (current !== '' && lines.length < maxLines) lines.push(current);
  const overflow = rest.length > 0;
  const lastIndex = lines.length - 1;
  if (lastIndex >= 0 && (overflow || !fits(lines[lastIndex]!))) {
    lines[lastIndex] = shorten(
      overflow ? `${lines[lastIndex]} ${rest.join(' ')}` : lines[lastIndex]!,
      fits,
    );
  }
  return lines.map((line, i) => (i < lastIndex && !fits(line) ? shorten(line, fits) : line));
}

function shorten(text: string, fits: (s: string) => boolean): string {
  if (fits(text)) return text;
  const chars = [...text];
  for (let n = chars.length - 1; n > 0; n--) {
    const candidate = `${chars.slice(0, n).join('').trimEnd()}…`;
    if (fits(candidate)) return candidate;
  }
  return '…';
}

/** The ascent of a face in points at `size` (the top of its tallest glyphs above the baseline). */
export function chartAscent(face: ChartFace, size: number): number {
  const t = table(face);
  return (t.ascent / t.unitsPerEm) * size;
}
