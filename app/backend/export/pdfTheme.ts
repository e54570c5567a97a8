import type { FontRole } from './pdfFonts';

/** A text style: face, size, line height (leading) and colour. */
export interface TextStyleSpec {
  font: FontRole;
  size: number;
  leading: number;
  color: string;
  /** Extra space between letters, in points (for small capitals labels). */
  tracking?: number;
}

export interface PageGeometry {
  width: number;
  height: number;
  left: number;
  right: number;
  /** Where body text starts and must end (footnotes sit inside, at the bottom). */
  top: number;
  bottom: number;
  /** Baselines of the running header and footer. */
  headerBaseline: number;
  footerBaseline: number;
}

const PAPER_SIZES = { A4: [595.28, 841.89], Letter: [612, 792] } as const;

/** Page size and margins: about 24 mm at the sides, room above and below for the running heads. */
export function pageGeometry(paper: keyof typeof PAPER_SIZES): PageGeometry {
  const [width, height] = PAPER_SIZES[paper];
  return {
    width,
    height,
    left: 68,
    right: width - 68,
    top: 78,
    bottom: height - 66,
    headerBaseline: 44,
    footerBaseline: height - 38,
  };
}

export const colors = {
  ink: '#1b1f24',
  body: '#23272e',
  muted: '#5f6b7a',
  faint: '#8a94a3',
  accent: '#1d3c6e',
  link: '#1f4f99',
  rule: '#c3ccd8',
  hairline: '#dde2e9',
  panel: '#f3f5f8',
  zebra: '#f7f8fa',
  error: '#c62828',
  errorPanel: '#fdf1f1',
  watermark: '#7d8796',
} as const;

/** The typographic scale: a serif for reading, a sans for structure, data and running heads. */
export const type = {
  body: { font: 'serif', size: 10.5, leading: 15, color: colors.body },
  quote: { font: 'serif-italic', size: 10.5, leading: 15, color: '#3b4350' },
  title: { font: 'sans-bold', size: 23, leading: 28, color: colors.ink, tracking: -0.35 },
  subtitle: { font: 'serif-italic', size: 13, leading: 17.5, color: colors.muted },
  byline: { font: 'sans', size: 8.5, leading: 12, color: colors.muted },
  h1: { font: 'sans-bold', size: 14, leading: 18, color: colors.accent, tracking: -0.1 },
  h2: { font: 'sans-bold', size: 11.5, leading: 15, color: colors.ink },
  h3: { font: 'sans-bold', size: 10, leading: 14, color: colors.ink },
  h4: { font: 'sans-bold', size: 9, leading: 12, color: colors.muted },
  cell: { font: 'sans', size: 8.5, leading: 11.5, color: colors.body },
  headerCell: { font: 'sans-bold', size: 7.5, leading: 10.5, color: colors.ink },
  caption: { font: 'sans-bold', size: 7, leading: 10, color: colors.accent, tracking: 0.4 },
  tableTitle: { font: 'sans-bold', size: 8.5, leading: 12, color: colors.ink, tracking: 0.1 },
  tableSource: { font: 'sans', size: 7, leading: 9.5, color: colors.muted },
  footnote: { font: 'serif', size: 8, leading: 10.5, color: colors.body },
  running: { font: 'sans', size: 7.5, leading: 10, color: colors.muted },
  ledger: { font: 'sans', size: 7.5, leading: 10, color: colors.body },
  disclaimer: { font: 'sans', size: 7, leading: 9.5, color: colors.muted },
} as const satisfies Record<string, TextStyleSpec>;

/** Vertical rhythm, in points. */
export const spacing = {
  paragraph: 7,
  listItem: 3,
  headingBefore: { 1: 20, 2: 15, 3: 11, 4: 10 },
  headingAfter: { 1: 6, 2: 5, 3: 3, 4: 3 },
  block: 10,
  listIndent: 18,
  quoteIndent: 16,
  cellPadX: 6,
  cellPadY: 4,
  footnoteGap: 10,
} as const;
