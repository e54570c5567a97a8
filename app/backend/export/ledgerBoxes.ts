import type { MemoEvaluation } from '../../../shared/memo/memoEvaluation';
import { artifactBox } from './artifactBox';
import type { Box, FlowItem, Span, SpanStyle, TagPath, TagStep } from './flowTypes';
import { gridRowBox, type GridCell } from './gridRowBox';
import { appendixOpening } from './appendixOpening';
import type { LayoutState } from './layoutState';
import { ledgerEntries, type LedgerEntry, type LedgerFact } from './ledgerEntries';
import { ledgerFactValue } from './ledgerFactValue';
import { colors, spacing, type } from './pdfTheme';
import { tagStep } from './tagStep';
import { textBoxes } from './textBoxes';

const PAD_Y = 4;

/**
 * The figure ledger appendix: every figure numbered in document order with its value as
 * shown, its expression (and format), the memo variables it goes through, and each fact it
 * reads with source and as-of date. Numbers link back to the text; figures link here.
 */
export function ledgerBoxes(evaluation: MemoEvaluation, state: LayoutState): FlowItem[] {
  const { left, right } = state.page;
  const width = right - left;
  const items = appendixOpening(
    'Appendix: figure ledger',
    'Every figure in this memo, numbered in order of appearance: the value as shown, the expression that computes it, and each fact it reads, with its source and as-of date. Each figure in the text links to its row here; each number links back.',
    state,
  );

  const columns = columnLayout(left, width);
  const table: TagPath = [tagStep(state, 'Table')];
  const header = headerRow(columns, state, table);
  items.push({ ...header, keepWithNext: true });
  const repeated = artifactBox(header);
  const entries = ledgerEntries(evaluation);
  // Once any scenario is in play, every row says which case it is computed in.
  const namesScenarios = entries.some((entry) => entry.scenario !== null);
  entries.forEach((entry, i) => {
    const row = entryRow(entry, columns, state, i === entries.length - 1, namesScenarios, table);
    items.push({ ...row, repeatHeader: repeated });
  });
  if (entries.length === 0)
    items.push(...textBoxes('This memo has no figures.', type.body, left, width, state));
  return items;
}

interface Columns {
  x: number[];
  width: number[];
  left: number;
  total: number;
}

function columnLayout(left: number, total: number): Columns {
  const pad = spacing.cellPadX;
  const fixed = [26, 74];
  const rest = total - fixed[0]! - fixed[1]!;
  const widths = [fixed[0]!, fixed[1]!, rest * 0.42, rest * 0.58];
  const x: number[] = [];
  let at = left;
  for (const w of widths) {
    x.push(at + pad);
    at += w;
  }
  return { x, width: widths.map((w) => w - 2 * pad), left, total };
}

/** The structure of one ledger row: a TR under the table, a TH or TD per column. */
function rowTag(
  state: LayoutState,
  table: TagPath,
  header: boolean,
): { row: TagPath; cells: TagStep[] } {
  return {
    row: [...table, tagStep(state, 'TR')],
    cells: [0, 1, 2, 3].map(() =>
      header ? tagStep(state, 'TH', { scope: 'Column' }) : tagStep(state, 'TD'),
    ),
  };
}

function headerRow(columns: Columns, state: LayoutState, table: TagPath): Box {
  const head = style('sans-bold', type.headerCell.size, colors.ink);
  const labels = ['No.', 'Figure', 'Expression', 'Facts read (value · source · as of)'];
  const cells: GridCell[] = labels.map((label, i) => ({
    x: columns.x[i]!,
    width: columns.width[i]!,
    spans: [{ text: label, style: head }],
  }));
  return gridRowBox(cells, state, {
    leading: type.headerCell.leading,
    size: type.headerCell.size,
    padY: PAD_Y,
    tag: rowTag(state, table, true),
    background: (ctx, top, height) => {
      rule(ctx.doc, columns, top, 1.1, colors.accent);
      rule(ctx.doc, columns, top + height, 0.6, colors.ink);
    },
  });
}

function entryRow(
  entry: LedgerEntry,
  columns: Columns,
  state: LayoutState,
  last: boolean,
  namesScenario: boolean,
  table: TagPath,
): Box {
  const size = type.ledger.size;
  const plain = style('sans', size, colors.body);
  const muted = style('sans', size, colors.muted);
  const strong = style('sans', size, colors.ink);
  const red = style('sans-bold', size, colors.error);
  const br = (): Span => ({ text: '', style: plain, hardBreak: true });

  const number: Span[] = [
    entry.label === undefined
      ? {
          text: String(entry.index),
          style: style('sans-bold', size, colors.link),
          link: { kind: 'goTo', name: `figure-${entry.index}` },
        }
      : { text: entry.label, style: style('sans-bold', size, colors.ink) },
  ];
  const figure: Span[] = [
    {
      text: entry.display,
      style: entry.error ? red : style('sans-bold', size, colors.ink),
      keep: true,
    },
  ];
  if (entry.error)
    figure.push(br(), { text: entry.error, style: style('sans', size, colors.error) });
  if (entry.uses.length > 1) {
    // One row for a figure used again: how often, and a link to each place.
    figure.push(br(), { text: `used ${entry.uses.length} times:`, style: muted });
    entry.uses.forEach((use, i) => {
      figure.push({ text: i === 0 ? ' ' : ', ', style: muted });
      figure.push({
        text: String(use),
        style: style('sans', size, colors.link),
        link: { kind: 'goTo', name: `figure-${use}` },
      });
    });
  }

  const expression: Span[] = [{ text: entry.expr, style: plain, breakable: true }];
  if (entry.context) expression.push(br(), { text: entry.context, style: muted });
  if (entry.format !== '') expression.push(br(), { text: `format ${entry.format}`, style: muted });
  if (namesScenario)
    expression.push(br(), {
      text: entry.scenario === null ? 'base case' : `scenario ${entry.scenario}`,
      style: muted,
    });
  for (const v of entry.variables) {
    expression.push(br(), { text: `${v.name} = ${v.expr}`, style: muted, breakable: true });
    if (v.display !== '') expression.push({ text: ` → ${v.display}`, style: muted, keep: true });
  }

  const facts: Span[] = [];
  entry.facts.forEach((f, i) => {
    if (i > 0) facts.push(br());
    facts.push(...factSpans(f, plain, muted, strong, red, br));
  });
  if (entry.facts.length === 0) facts.push({ text: 'No facts (a constant).', style: muted });

  const cells: GridCell[] = [number, figure, expression, facts].map((spans, i) => ({
    x: columns.x[i]!,
    width: columns.width[i]!,
    spans,
  }));
  return gridRowBox(cells, state, {
    leading: type.ledger.leading,
    size,
    padY: PAD_Y,
    dests: entry.uses.map((use) => `ledger-${use}`),
    tag: rowTag(state, table, false),
    background: (ctx, top, height) => {
      if (entry.index % 2 === 0)
        ctx.doc.save().rect(columns.left, top, columns.total, height).fill(colors.zebra).restore();
      rule(
        ctx.doc,
        columns,
        top + height,
        last ? 0.9 : 0.4,
        last ? colors.accent : colors.hairline,
      );
    },
  });
}

function factSpans(
  f: LedgerFact,
  plain: SpanStyle,
  muted: SpanStyle,
  strong: SpanStyle,
  red: SpanStyle,
  br: () => Span,
): Span[] {
  if (!f.fact)
    return [
      { text: f.ref, style: strong },
      { text: ' not in the database', style: red },
    ];
  const source = f.fact.source.trim() || 'no source';
  const asOf = f.fact.asOf ? `as of ${f.fact.asOf}` : 'no as-of date';
  return [
    { text: f.ref, style: strong, breakable: true },
    { text: ' ', style: plain },
    { text: `= ${ledgerFactValue(f.fact)}`, style: plain, keep: true },
    ...(f.override ? [{ text: ' (override)', style: muted, keep: true }] : []),
    br(),
    { text: `${source} · `, style: muted },
    { text: asOf, style: muted, keep: true },
  ];
}

function rule(
  doc: PDFKit.PDFDocument,
  columns: Columns,
  y: number,
  width: number,
  color: string,
): void {
  doc
    .save()
    .moveTo(columns.left, y)
    .lineTo(columns.left + columns.total, y)
    .lineWidth(width)
    .strokeColor(color)
    .stroke()
    .restore();
}

function style(font: SpanStyle['font'], size: number, color: string): SpanStyle {
  return { font, size, color, tracking: 0, underline: false, rise: 0 };
}
