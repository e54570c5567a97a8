import { CALC_ERROR_MARKER } from '../../../shared/format/errorMarkers';
import type { CalcBlockNode } from '../../../shared/memo/memoTypes';
import { isValidFormat } from '../../../shared/format/isValidFormat';
import { parseCalcBlock } from '../../../shared/memo/parseCalcBlock';
import { breakLines } from './breakLines';
import { drawLine } from './drawLine';
import type { Box, DrawContext, Line, SpanStyle, TagPath } from './flowTypes';
import type { Frame, LayoutState } from './layoutState';
import { baselineOffset } from './lineBoxes';
import { colors, type } from './pdfTheme';
import { tagStep } from './tagStep';

const PAD_X = 10;
const PAD_Y = 7;
const GAP = 14;

interface CalcRow {
  kind: 'line' | 'heading';
  /** For a line, the label for readers (or the name); for a heading, its text. */
  name: string;
  expr: string;
  display: string;
  failed: boolean;
}

/** A comment line `## Text` is a heading the analyst defines for the box; `# text` is a note, not printed. */
const HEADING = /^##+\s*(.*)$/;

/**
 * A calc block as a key-figures box (CALC.md §2): per line its label (or, without one, its
 * name) and its value in the line's format (the evaluation's `display`), and with
 * `showFormulas` the expression beside it. `# comments` are the analyst's notes and are not
 * printed; a `## heading` comment is: as the box's caption when it comes first, else as a
 * sub-heading. A `calc hidden` block is the analyst's workings and prints nothing.
 */
export function calcBlockBoxes(node: CalcBlockNode, frame: Frame, state: LayoutState): Box[] {
  const blockIndex = state.counters.calcBlock;
  state.counters.calcBlock += 1;
  if (node.attrs?.hidden) return [];
  const text = (node.content ?? []).map((t) => t.text).join('');
  const rows = parseCalcBlock(text, blockIndex).lines.flatMap((line): CalcRow[] => {
    if (line.kind === 'blank') return [];
    if (line.kind === 'comment') {
      const heading = HEADING.exec(line.text.trim())?.[1]?.trim();
      return heading
        ? [{ kind: 'heading', name: heading, expr: '', display: '', failed: false }]
        : [];
    }
    if (line.kind === 'invalid' || line.name === null) {
      return [
        {
          kind: 'line',
          name: line.text.trim(),
          expr: line.message ?? '',
          display: CALC_ERROR_MARKER,
          failed: true,
        },
      ];
    }
    const variable = state.variables.get(line.name);
    return [
      {
        kind: 'line',
        name: line.label || line.name,
        expr: line.expr ?? '',
        display: variable?.display ?? CALC_ERROR_MARKER,
        failed: !variable || !variable.value.ok || !isValidFormat(variable.format),
      },
    ];
  });
  const title = rows[0]?.kind === 'heading' ? rows.shift()?.name : undefined;
  if (!rows.some((row) => row.kind === 'line')) return [];

  const nameStyle = style('sans', type.cell.size, colors.ink);
  const valueStyle: SpanStyle = {
    ...style('sans', type.cell.size, colors.ink),
    features: ['tnum'],
  };
  const formulaStyle = style('sans', type.cell.size - 0.5, colors.muted);
  const headingStyle = style('sans-bold', type.cell.size - 0.5, colors.muted);
  const m = state.measurer;
  const lines = rows.filter((r) => r.kind === 'line');
  const valueWidth = Math.max(50, ...lines.map((r) => m.width(r.display, valueStyle)));
  const roomForNames = frame.width - 2 * PAD_X - GAP - valueWidth;
  const nameWidth = Math.min(
    roomForNames,
    Math.max(60, ...lines.map((r) => m.width(r.name, nameStyle))),
  );
  const showFormulas = state.options.showFormulas;
  const natural = 2 * PAD_X + nameWidth + GAP + valueWidth;
  const width = showFormulas
    ? frame.width
    : Math.min(frame.width, Math.max(natural, frame.width * 0.5));
  const formulaX = PAD_X + nameWidth + GAP + valueWidth + GAP;
  const formulaWidth = Math.max(40, width - formulaX - PAD_X);
  const leading = type.cell.leading;
  const base = baselineOffset(leading, type.cell.size);

  // Tagged as a table: its caption, then a row per line (label, value, formula).
  const table: TagPath = [...(frame.tag ?? []), tagStep(state, 'Table')];
  const caption = captionBox(frame, width, state, [...table, tagStep(state, 'Caption')], title);
  const boxes: Box[] = [caption];
  rows.forEach((row, i) => {
    const tr: TagPath = [...table, tagStep(state, 'TR')];
    const nameTag: TagPath = [
      ...tr,
      row.kind === 'heading' ? tagStep(state, 'TH', { scope: 'Column' }) : tagStep(state, 'TD'),
    ];
    const valueTag: TagPath = [...tr, tagStep(state, 'TD')];
    const formulaTag: TagPath = [...tr, tagStep(state, 'TD')];
    const isLast = i === rows.length - 1;
    const fail = row.failed ? { color: colors.error, font: 'sans-bold' as const } : {};
    const nameLines =
      row.kind === 'heading'
        ? breakLines([{ text: row.name, style: headingStyle }], width - 2 * PAD_X, m)
        : breakLines([{ text: row.name, style: nameStyle }], nameWidth, m);
    const valueLine = single(row.display, { ...valueStyle, ...fail }, state);
    const formulaLines: Line[] =
      showFormulas && row.kind === 'line'
        ? breakLines([{ text: row.expr, style: formulaStyle }], formulaWidth, m)
        : [];
    const lineCount = Math.max(nameLines.length, formulaLines.length);
    const height = lineCount * leading + (isLast ? PAD_Y : 0);
    boxes.push({
      kind: 'box',
      height,
      keepWithNext: i === 0 || i === rows.length - 2,
      draw(ctx, top) {
        panel(ctx, frame.x, top, width, height);
        const y = top + base;
        ctx.tags.content(nameTag, () =>
          nameLines.forEach((line, k) =>
            drawLine(ctx, line, frame.x + PAD_X, y + k * leading, top + k * leading, leading),
          ),
        );
        if (row.kind === 'line') {
          const valueRight = frame.x + PAD_X + nameWidth + GAP + valueWidth;
          ctx.tags.content(valueTag, () =>
            drawLine(ctx, valueLine, valueRight - valueLine.width, y, top, leading),
          );
        }
        if (formulaLines.length > 0)
          ctx.tags.content(formulaTag, () =>
            formulaLines.forEach((line, k) =>
              drawLine(ctx, line, frame.x + formulaX, y + k * leading, top + k * leading, leading),
            ),
          );
      },
    });
  });
  return boxes;
}

function captionBox(
  frame: Frame,
  width: number,
  state: LayoutState,
  tag: TagPath,
  title?: string,
): Box {
  const spec = type.caption;
  const label = `${title ? title.toUpperCase() : 'KEY FIGURES'}${state.options.showFormulas ? ' AND FORMULAS' : ''}`;
  const line = single(label, style(spec.font, spec.size, spec.color, spec.tracking), state);
  const height = PAD_Y + spec.leading + 2;
  return {
    kind: 'box',
    height,
    keepWithNext: true,
    draw(ctx, top) {
      panel(ctx, frame.x, top, width, height);
      ctx.doc.save().rect(frame.x, top, width, 1.2).fill(colors.accent).restore();
      ctx.tags.content(tag, () =>
        drawLine(
          ctx,
          line,
          frame.x + PAD_X,
          top + PAD_Y + baselineOffset(spec.leading, spec.size),
          top,
          height,
        ),
      );
    },
  };
}

function panel(ctx: DrawContext, x: number, top: number, width: number, height: number): void {
  ctx.doc.save().rect(x, top, width, height).fill(colors.panel).restore();
}

function single(text: string, spanStyle: SpanStyle, state: LayoutState): Line {
  return breakLines(
    [{ text, style: spanStyle, keep: true }],
    Number.POSITIVE_INFINITY,
    state.measurer,
  )[0]!;
}

function style(font: SpanStyle['font'], size: number, color: string, tracking = 0): SpanStyle {
  return { font, size, color, tracking, underline: false, rise: 0 };
}
