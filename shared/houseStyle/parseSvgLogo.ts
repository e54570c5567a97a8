/**
 * The SVG a logo may be, read into shapes the PDF draws as vectors (pdfkit's `path`): `svg`
 * with a `viewBox` (or `width`/`height`), `g`, `path`, `rect`, `circle`, `ellipse`, `line`,
 * `polygon`, `polyline`, with `fill`, `stroke`, `stroke-width` and `transform` (matrix,
 * translate, scale) as attributes or in `style`. `title`, `desc` and `metadata` are skipped.
 * Anything else (text, images, gradients, CSS, `use`) is refused, named, because the PDF
 * could not draw it as the file shows it.
 */
export interface SvgShape {
  /** SVG path data. */
  d: string;
  /** A CSS hex colour, or null for none. */
  fill: string | null;
  stroke: string | null;
  strokeWidth: number;
  /** The shape's transform to the SVG's user space: [a, b, c, d, e, f]. */
  matrix: Matrix;
}

export interface SvgLogo {
  /** The SVG's view box: [x, y, width, height]. */
  viewBox: [number, number, number, number];
  shapes: SvgShape[];
}

export type SvgLogoRead = { ok: true; svg: SvgLogo } | { ok: false; problem: string };

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const SKIPPED = new Set(['title', 'desc', 'metadata']);
const SHAPES = new Set(['path', 'rect', 'circle', 'ellipse', 'line', 'polygon', 'polyline']);
const NAMED: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  gray: '#808080',
  grey: '#808080',
  navy: '#000080',
};
const PATH_DATA = /^[MmLlHhVvCcSsQqTtAaZz0-9eE.,+\-\s]*$/;

interface Paint {
  fill: string | null;
  stroke: string | null;
  strokeWidth: number;
  matrix: Matrix;
}

class Refusal extends Error {}

/** Reads an SVG logo's text; a refusal says what in the file cannot be drawn. */
export function parseSvgLogo(text: string): SvgLogoRead {
  try {
    return { ok: true, svg: readSvg(text) };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problem: error.message };
    throw error;
  }
}

function readSvg(source: string): SvgLogo {
  const text = source
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE[^>]*>/gi, '');
  const tags = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
  const stack: { name: string; paint: Paint }[] = [];
  const shapes: SvgShape[] = [];
  let viewBox: SvgLogo['viewBox'] | null = null;
  let skipping = 0;
  let seenRoot = false;
  let last = 0;
  for (let match = tags.exec(text); match; match = tags.exec(text)) {
    const between = text.slice(last, match.index);
    if (/[<>]/.test(between))
      throw new Refusal('it is not well-formed XML (a tag could not be read).');
    if (skipping === 0 && stack.length > 0 && between.trim() !== '')
      throw new Refusal(`it has text inside <${stack.at(-1)!.name}>, which is not drawn.`);
    last = tags.lastIndex;
    const [, closing, rawName, rawAttrs, selfClosing] = match;
    const name = rawName!.replace(/^svg:/, '');
    if (closing) {
      if (skipping > 0) {
        if (SKIPPED.has(name)) skipping -= 1;
        continue;
      }
      const open = stack.pop();
      if (!open || open.name !== name)
        throw new Refusal(`it is not well-formed XML (</${name}> closes nothing open).`);
      continue;
    }
    if (skipping > 0 || SKIPPED.has(name)) {
      if (!selfClosing && SKIPPED.has(name)) skipping += 1;
      continue;
    }
    const attrs = readAttributes(rawAttrs ?? '');
    if (!seenRoot) {
      if (name !== 'svg') throw new Refusal(`its root element is <${name}>, not <svg>.`);
      seenRoot = true;
      viewBox = readViewBox(attrs);
    } else if (name === 'svg') {
      throw new Refusal('it has an <svg> inside the <svg>, which Tickmark does not draw.');
    } else if (name !== 'g' && !SHAPES.has(name)) {
      throw new Refusal(
        `it has a <${name}> element, which Tickmark cannot draw in a PDF (use paths only, or a PNG).`,
      );
    } else if (stack.length === 0) {
      throw new Refusal(`it has a <${name}> outside its <svg>.`);
    }
    const parent = stack.at(-1)?.paint ?? {
      fill: '#000000',
      stroke: null,
      strokeWidth: 1,
      matrix: IDENTITY,
    };
    const paint = readPaint(name, attrs, parent);
    if (SHAPES.has(name)) {
      const d = shapePath(name, attrs);
      if (d !== '') shapes.push({ d, ...paint });
    }
    if (!selfClosing) stack.push({ name, paint });
  }
  if (!seenRoot) throw new Refusal('it has no <svg> element.');
  if (stack.length > 0 || skipping > 0 || text.slice(last).trim() !== '')
    throw new Refusal(
      `it is not well-formed XML (<${stack.at(-1)?.name ?? 'svg'}> is not closed).`,
    );
  if (shapes.length === 0) throw new Refusal('it draws nothing (no paths or shapes).');
  return { viewBox: viewBox!, shapes };
}

function readAttributes(raw: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of raw.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attrs.set(m[1]!, decodeEntities(m[2] ?? m[3] ?? ''));
  }
  const style = attrs.get('style');
  if (style) {
    for (const decl of style.split(';')) {
      const [key, ...rest] = decl.split(':');
      if (key && rest.length > 0) attrs.set(key.trim(), rest.join(':').trim());
    }
  }
  return attrs;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function numbers(text: string): number[] {
  return (text.match(/[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/g) ?? []).map(Number);
}

function length(attrs: Map<string, string>, key: string, fallback: number | null): number {
  const raw = attrs.get(key);
  if (raw === undefined) {
    if (fallback === null) throw new Refusal(`an element lacks its ${key}.`);
    return fallback;
  }
  const m = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*(px)?\s*$/.exec(raw);
  if (!m) throw new Refusal(`${key}="${raw}" is not a length in user units.`);
  return Number(m[1]);
}

function readViewBox(attrs: Map<string, string>): SvgLogo['viewBox'] {
  const raw = attrs.get('viewBox');
  if (raw !== undefined) {
    const box = numbers(raw);
    if (box.length !== 4 || !(box[2]! > 0) || !(box[3]! > 0))
      throw new Refusal(
        `its viewBox "${raw}" is not four numbers with a positive width and height.`,
      );
    return box as SvgLogo['viewBox'];
  }
  if (!attrs.has('width') || !attrs.has('height'))
    throw new Refusal('its <svg> has neither a viewBox nor a width and height.');
  const width = length(attrs, 'width', null);
  const height = length(attrs, 'height', null);
  if (!(width > 0) || !(height > 0)) throw new Refusal('its width and height must be positive.');
  return [0, 0, width, height];
}

function readColor(value: string, what: string): string | null {
  const v = value.trim().toLowerCase();
  if (v === 'none' || v === 'transparent') return null;
  if (/^#[0-9a-f]{6}$/.test(v)) return v;
  if (/^#[0-9a-f]{3}$/.test(v)) return `#${[...v.slice(1)].map((c) => c + c).join('')}`;
  const rgb = /^rgb\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)$/.exec(v);
  if (rgb)
    return `#${rgb
      .slice(1, 4)
      .map((n) => Math.min(255, Number(n)).toString(16).padStart(2, '0'))
      .join('')}`;
  const named = NAMED[v];
  if (named) return named;
  throw new Refusal(
    `its ${what} "${value}" is not a colour Tickmark draws (#rgb, #rrggbb, rgb(), none, or a basic name).`,
  );
}

function readPaint(name: string, attrs: Map<string, string>, parent: Paint): Paint {
  for (const key of ['opacity', 'fill-opacity', 'stroke-opacity', 'mask', 'clip-path', 'filter'])
    if (attrs.has(key) && !(key.endsWith('opacity') && Number(attrs.get(key)) === 1))
      throw new Refusal(`its <${name}> has ${key}, which Tickmark does not draw.`);
  const fill = attrs.has('fill') ? readColor(attrs.get('fill')!, 'fill') : parent.fill;
  const stroke = attrs.has('stroke') ? readColor(attrs.get('stroke')!, 'stroke') : parent.stroke;
  const strokeWidth = attrs.has('stroke-width')
    ? length(attrs, 'stroke-width', 1)
    : parent.strokeWidth;
  const own = attrs.has('transform') ? readTransform(attrs.get('transform')!) : IDENTITY;
  return { fill, stroke, strokeWidth, matrix: multiply(parent.matrix, own) };
}

function readTransform(text: string): Matrix {
  let matrix = IDENTITY;
  const parts = [...text.matchAll(/([a-zA-Z]+)\s*\(([^)]*)\)/g)];
  if (parts.length === 0 && text.trim() !== '')
    throw new Refusal(`its transform "${text}" cannot be read.`);
  for (const [, op, args] of parts) {
    const n = numbers(args!);
    let step: Matrix;
    if (op === 'matrix' && n.length === 6) step = n as Matrix;
    else if (op === 'translate' && (n.length === 1 || n.length === 2))
      step = [1, 0, 0, 1, n[0]!, n[1] ?? 0];
    else if (op === 'scale' && (n.length === 1 || n.length === 2))
      step = [n[0]!, 0, 0, n[1] ?? n[0]!, 0, 0];
    else
      throw new Refusal(
        `its transform "${op}(${args})" is not one Tickmark draws (matrix, translate, scale).`,
      );
    matrix = multiply(matrix, step);
  }
  return matrix;
}

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function shapePath(name: string, attrs: Map<string, string>): string {
  const num = (key: string, fallback: number | null = 0): number => length(attrs, key, fallback);
  switch (name) {
    case 'path': {
      const d = attrs.get('d') ?? '';
      if (!PATH_DATA.test(d)) throw new Refusal(`a <path> has path data that cannot be read.`);
      return d.trim();
    }
    case 'rect': {
      const [x, y, w, h] = [num('x'), num('y'), num('width', null), num('height', null)];
      if (w <= 0 || h <= 0) return '';
      return `M${x} ${y}H${x + w}V${y + h}H${x}Z`;
    }
    case 'circle':
    case 'ellipse': {
      const [cx, cy] = [num('cx'), num('cy')];
      const rx = name === 'circle' ? num('r', null) : num('rx', null);
      const ry = name === 'circle' ? rx : num('ry', null);
      if (rx <= 0 || ry <= 0) return '';
      return `M${cx - rx} ${cy}A${rx} ${ry} 0 1 0 ${cx + rx} ${cy}A${rx} ${ry} 0 1 0 ${cx - rx} ${cy}Z`;
    }
    case 'line':
      return `M${num('x1')} ${num('y1')}L${num('x2')} ${num('y2')}`;
    default: {
      const points = numbers(attrs.get('points') ?? '');
      if (points.length < 4 || points.length % 2 !== 0)
        throw new Refusal(`a <${name}> has points that cannot be read.`);
      const pairs: string[] = [];
      for (let i = 0; i < points.length; i += 2) pairs.push(`${points[i]} ${points[i + 1]}`);
      return `M${pairs.join('L')}${name === 'polygon' ? 'Z' : ''}`;
    }
  }
}
