import type { TableCellNode, TableNode } from '../../../shared/memo/memoTypes';
import { artifactBox } from './artifactBox';
import { breakLines } from './breakLines';
import { drawLine } from './drawLine';
import type { Box, DrawContext, FootnoteBox, Line, Measurer, Span, TagPath } from './flowTypes';
import { footnoteBox } from './footnoteBox';
import { inlineSpans, type InlineBase } from './inlineSpans';
import { numericColumns as numericColumnsOf, type CellKind } from '../../../shared/format/cellKind';
import type { Frame, LayoutState } from './layoutState';
import { baselineOffset } from './lineBoxes';
import { colors, spacing, type } from './pdfTheme';
import { spanCellKind } from './spanCellKind';
import { stackBoxes } from './stackBoxes';
import { tableCaptionBoxes } from './tableCaptionBoxes';
import { tableColumnWidths } from './tableColumnWidths';
import { tagStep } from './tagStep';

interface CellModel {
  spans: Span[];
  col: number;
  colspan: number;
  kind: CellKind;
  /** Its TH or TD element. */
  tag: TagPath;
}

interface RowModel {
  header: boolean;
  cells: CellModel[];
}

const BODY: InlineBase = baseOf(type.cell);
const HEAD: InlineBase = baseOf(type.headerCell);

/**
 * A table: sans, as wide as it needs (at least 60% of the measure), tabular figures in number
 * cells; number columns and number cells right-aligned, on the decimal point in a number column; one box per row (rows never split,
 * unless taller than a page); the header row kept with the first row and repeated at the top
 * of every page the table continues on.
 */
export function tableBoxes(node: TableNode, outer: Frame, state: LayoutState): Box[] {
  const table: TagPath = [...(outer.tag ?? []), tagStep(state, 'Table')];
  const captions = tableCaptionBoxes(node, outer, table, state);
  const rows = node.content.map((row, r): RowModel => {
    const header = row.content.length > 0 && row.content.every((c) => c.type === 'tableHeader');
    const tr: TagPath = [...table, tagStep(state, 'TR')];
    let col = 0;
    const cells = row.content.map((cell): CellModel => {
      const tag: TagPath = [
        ...tr,
        cell.type === 'tableHeader'
          ? tagStep(state, 'TH', { scope: header ? 'Column' : 'Row' })
          : tagStep(state, 'TD'),
      ];
      const spans = cellSpans(cell, header || cell.type === 'tableHeader' ? HEAD : BODY, state);
      const colspan = Math.max(1, cell.attrs?.colspan ?? 1);
      const kind = spanCellKind(spans);
      // Tabular figures only where digits must line up: they cost pdfkit a fresh shaping run.
      const model = { spans: kind === 'number' ? tabular(spans) : spans, col, colspan, kind, tag };
      col += colspan;
      return model;
    });
    return { header: header && isLeadingHeaderRow(node, r), cells };
  });
  const columnCount = Math.max(0, ...rows.map((r) => r.cells.reduce((n, c) => n + c.colspan, 0)));
  const numericColumns = numericColumnsOf(
    rows.map((r) => {
      const kinds: (CellKind | null)[] = Array.from({ length: columnCount }, () => null);
      for (const c of r.cells) if (c.colspan === 1) kinds[c.col] = c.kind;
      return { header: r.header, kinds };
    }),
    columnCount,
  );
  const needs = Array.from({ length: columnCount }, (_, col) => ({
    ...columnNeed(rows, col, state.measurer),
    numeric: numericColumns[col] ?? false,
  }));
  // A small table stays compact (no wide gulf between label and number); a large one fills the measure.
  const natural = needs.reduce((w, n) => w + Math.max(n.natural, n.numeric ? 58 : 0), 0);
  const frame: Frame = {
    ...outer,
    width: Math.min(outer.width, Math.max(outer.width * 0.6, natural * 1.35)),
  };
  const widths = tableColumnWidths(needs, frame.width);
  // Numbers in a number column line up on the decimal point: the widest part after it
  // (decimals and suffix: `.83x`, `%`, ` billion`) sets where the point sits in every row.
  const decimals = Array.from({ length: columnCount }, (_, col) =>
    numericColumns[col]
      ? Math.max(
          0,
          ...rows
            .flatMap((r) => r.cells)
            .filter((c) => c.col === col && c.colspan === 1 && c.kind === 'number')
            .map((c) => afterDecimalPoint(c.spans, state.measurer)),
        )
      : 0,
  );
  const xs = widths.reduce<number[]>((acc, w, i) => [...acc, (acc[i] ?? 0) + w], [0]);

  // Rows never split, unless one is taller than a page: then it continues on the next.
  const layoutRow = (row: RowModel, index: number, last: boolean, room: number): Box[] => {
    const leading = row.header ? type.headerCell.leading : type.cell.leading;
    const size = row.header ? type.headerCell.size : type.cell.size;
    const laid = row.cells.map((cell) => {
      const width = (xs[cell.col + cell.colspan] ?? frame.width) - (xs[cell.col] ?? 0);
      const inner = Math.max(1, width - 2 * spacing.cellPadX);
      const right =
        cell.kind === 'number' || (numericColumns[cell.col] === true && cell.colspan === 1);
      const lines = breakLines(cell.spans, inner, state.measurer);
      // A single-line number in a number column: its decimal point on the column's.
      const decimal = decimals[cell.col] ?? 0;
      const pad =
        cell.kind === 'number' && cell.colspan === 1 && decimal > 0 && lines.length === 1
          ? Math.min(
              Math.max(0, decimal - afterDecimalPoint(cell.spans, state.measurer)),
              Math.max(0, inner - (lines[0]?.width ?? 0)),
            )
          : 0;
      return { cell, width, inner, right, pad, lines };
    });
    const lineCount = Math.max(1, ...laid.map((c) => c.lines.length));
    const perSlice = Math.max(1, Math.floor((room - 2 * spacing.cellPadY) / leading));
    const base = baselineOffset(leading, size);
    const slices: Box[] = [];
    for (let from = 0; from < lineCount; from += perSlice) {
      const to = Math.min(lineCount, from + perSlice);
      const final = to === lineCount;
      const height = (to - from) * leading + 2 * spacing.cellPadY;
      const footnotes: FootnoteBox[] = laid.flatMap((c) =>
        c.lines
          .slice(from, to)
          .flatMap((l) => l.footnotes.map((n) => footnoteBox(n, state, c.cell.tag))),
      );
      const draw = (ctx: DrawContext, top: number): void => {
        if (!row.header && index % 2 === 1) {
          ctx.doc.save().rect(frame.x, top, frame.width, height).fill(colors.zebra).restore();
        }
        for (const c of laid) {
          const x0 = frame.x + (xs[c.cell.col] ?? 0) + spacing.cellPadX;
          // Header text sits on the row's bottom, body text at its top.
          const offset = row.header ? (lineCount - c.lines.length) * leading : 0;
          ctx.tags.content(c.cell.tag, () =>
            c.lines.slice(from, to).forEach((line: Line, i) => {
              const lineTop = top + spacing.cellPadY + offset + i * leading;
              const x = c.right ? x0 + c.inner - c.pad - line.width : x0;
              drawLine(ctx, line, x, lineTop + base, lineTop, leading);
            }),
          );
        }
        if (row.header) {
          rule(ctx, frame, top, 1.1, colors.accent);
          rule(ctx, frame, top + height, 0.6, colors.ink);
        } else if (final) {
          rule(ctx, frame, top + height, last ? 0.9 : 0.4, last ? colors.accent : colors.hairline);
        }
      };
      slices.push({ kind: 'box', height, draw, ...(footnotes.length > 0 ? { footnotes } : {}) });
    }
    return slices;
  };

  const page = state.page.bottom - state.page.top;
  const headerRows = rows.filter((r) => r.header);
  const bodyRows = rows.filter((r) => !r.header);
  const boxes: Box[] = [...captions.title];
  let header: Box | undefined;
  if (headerRows.length > 0) {
    header = stackBoxes(
      headerRows.flatMap((r, i) => layoutRow(r, i, false, Number.POSITIVE_INFINITY)),
    );
    boxes.push({ ...header, keepWithNext: true });
  }
  const room = page - (header?.height ?? 0) - (captions.continued?.height ?? 0);
  // The header repeated on a continuation page is an artifact: it was read once already.
  // Under a title it reads "… (continued)" above it.
  const top = header && captions.continued ? stackBoxes([captions.continued, header]) : header;
  const repeated = top && artifactBox(top);
  bodyRows.forEach((row, i) => {
    for (const box of layoutRow(row, i, i === bodyRows.length - 1, room)) {
      boxes.push(header ? { ...box, repeatHeader: repeated } : box);
    }
  });
  const source = captions.source();
  const last = boxes[boxes.length - 1];
  // The source line stays with the table's last row.
  if (source.length > 0 && last) boxes[boxes.length - 1] = { ...last, keepWithNext: true };
  return [...boxes, ...source];
}

/** Header rows are the leading rows made only of header cells. */
function isLeadingHeaderRow(node: TableNode, r: number): boolean {
  return node.content
    .slice(0, r + 1)
    .every((row) => row.content.length > 0 && row.content.every((c) => c.type === 'tableHeader'));
}

/** The width of a number cell's text after its decimal point (or after its last digit). */
function afterDecimalPoint(spans: Span[], measurer: Measurer): number {
  const text = spans
    .filter((s) => !s.footnote && !s.hardBreak)
    .map((s) => s.text)
    .join('');
  const tail = /(\.\d+)?[^\d]*$/.exec(text)?.[0] ?? '';
  const style = spans.find((s) => !s.footnote && !s.hardBreak)?.style;
  return tail === '' || !style ? 0 : measurer.width(tail, { ...style, features: ['tnum'] });
}

function tabular(spans: Span[]): Span[] {
  return spans.map((span) => ({ ...span, style: { ...span.style, features: ['tnum'] } }));
}

function cellSpans(cell: TableCellNode, base: InlineBase, state: LayoutState): Span[] {
  const spans: Span[] = [];
  cell.content.forEach((paragraph, i) => {
    if (i > 0) spans.push({ text: '', style: spans[0]?.style ?? styleFrom(base), hardBreak: true });
    spans.push(...inlineSpans(paragraph.content, base, state));
  });
  return spans;
}

function columnNeed(
  rows: RowModel[],
  col: number,
  measurer: Measurer,
): { natural: number; min: number } {
  let natural = 0;
  let min = 0;
  for (const row of rows) {
    for (const cell of row.cells) {
      if (cell.col !== col || cell.colspan !== 1) continue;
      const lines = breakLines(cell.spans, Number.POSITIVE_INFINITY, measurer);
      natural = Math.max(natural, ...lines.map((l) => l.width));
      for (const span of cell.spans) {
        const words = span.keep ? [span.text] : span.text.split(/\s+/);
        for (const word of words) min = Math.max(min, measurer.width(word, span.style));
      }
    }
  }
  const pad = 2 * spacing.cellPadX;
  return { natural: natural + pad, min: min + pad };
}

function rule(ctx: DrawContext, frame: Frame, y: number, width: number, color: string): void {
  ctx.doc
    .save()
    .moveTo(frame.x, y)
    .lineTo(frame.x + frame.width, y)
    .lineWidth(width)
    .strokeColor(color)
    .stroke()
    .restore();
}

function baseOf(spec: { font: string; size: number; color: string }): InlineBase {
  return {
    family: 'sans',
    bold: spec.font === 'sans-bold',
    italic: false,
    size: spec.size,
    color: spec.color,
  };
}

function styleFrom(base: InlineBase): Span['style'] {
  return {
    font: 'sans',
    size: base.size,
    color: base.color,
    tracking: 0,
    underline: false,
    rise: 0,
  };
}
