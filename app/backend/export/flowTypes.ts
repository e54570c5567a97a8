import type { FontRole } from './pdfFonts';

/**
 * The layout model: blocks become a flow of boxes and spaces; the paginator cuts the flow
 * into pages; each box then draws itself. Nothing here knows pdfkit except `DrawContext`.
 */

export interface SpanStyle {
  font: FontRole;
  size: number;
  color: string;
  tracking: number;
  underline: boolean;
  /** Baseline shift upwards, in points (footnote markers). */
  rise: number;
  /** OpenType features, e.g. `tnum` for figures in tables. */
  features?: 'tnum'[];
}

export type LinkTarget = { kind: 'uri'; uri: string } | { kind: 'goTo'; name: string };

export interface Footnote {
  number: number;
  text: string;
}

/** A run of inline text in one style. */
export interface Span {
  text: string;
  style: SpanStyle;
  link?: LinkTarget;
  /** A named destination placed where this span starts. */
  dest?: string;
  /** Never broken across lines (a figure such as `$50 billion`). */
  keep?: boolean;
  /** Code-like text (an expression): a line may also break after `.`, `_`, operators and commas. */
  breakable?: boolean;
  footnote?: Footnote;
  hardBreak?: boolean;
}

/** A piece of a line in one style, at `x` from the line's start. */
export interface Fragment {
  text: string;
  style: SpanStyle;
  x: number;
  width: number;
  link?: LinkTarget;
  dest?: string;
}

export interface Line {
  fragments: Fragment[];
  width: number;
  footnotes: Footnote[];
  /** Ended by a hard break or the end of the paragraph. */
  last: boolean;
}

/** Measures text in a style (pdfkit in the export, a stub in tests). */
export interface Measurer {
  width(text: string, style: SpanStyle): number;
}

/** A structure element's role in the tagged PDF (PDF 1.7 standard structure types we use). */
export type StructRole =
  | 'P'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'H4'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'BlockQuote'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Caption'
  | 'Note'
  | 'Figure'
  | 'Sect';

/** One step of a structure path: a unique key within its parent, the role, and attributes. */
export interface TagStep {
  key: string;
  role: StructRole;
  /** Alternative text (figures). */
  alt?: string;
  /** Header cells: which cells they head. */
  scope?: 'Column' | 'Row';
  /** A figure's box on the page, in points from the top-left: [left, top, right, bottom]. */
  bbox?: [number, number, number, number];
}

/** Where content sits in the structure tree, from the document element down. */
export type TagPath = readonly TagStep[];

/**
 * Tags what is drawn (PDF/UA): everything drawn is either the content of a structure element
 * or an artifact. Calls nest: content drawn inside an artifact's `draw` stays an artifact,
 * and a `content` call inside `background` escapes it.
 */
export interface Tagger {
  /** Draws as content of the element at `path` (created where first used: reading order). */
  content(path: TagPath, draw: () => void): void;
  /** Draws as a Link element inside the current content; `draw` gets the element for annotations. */
  link(draw: (structParent: unknown) => void): void;
  /** Draws as an artifact (running heads, page numbers, watermark, repeated table headers). */
  artifact(draw: () => void, type?: 'Pagination' | 'Layout' | 'Page'): void;
  /** Draws rules and panels as artifacts; content calls inside are tagged. */
  background(draw: () => void): void;
}

/** What a box draws with: the document, the outline being built, and the tagger. */
export interface DrawContext {
  doc: PDFKit.PDFDocument;
  addOutline(level: number, title: string, dest: string): void;
  tags: Tagger;
}

export interface FootnoteBox {
  height: number;
  draw(ctx: DrawContext, top: number): void;
}

export interface Box {
  kind: 'box';
  height: number;
  draw(ctx: DrawContext, top: number): void;
  /** No page break between this box and the next one. */
  keepWithNext?: boolean;
  /** Notes referenced in this box: they go at the foot of the page the box lands on. */
  footnotes?: FootnoteBox[];
  /** Drawn first when this box starts a page (a table's header row). */
  repeatHeader?: Box;
  /** Offset of the first baseline from the top (for list markers). */
  firstBaseline?: number;
}

export interface Space {
  kind: 'space';
  height: number;
}

export interface PageBreak {
  kind: 'pageBreak';
}

export type FlowItem = Box | Space | PageBreak;
