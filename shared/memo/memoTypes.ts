/**
 * The memo document: ProseMirror JSON (the shape TipTap's `editor.getJSON()` produces),
 * plus the title block kept beside it. The editor edits it, the PDF export lays it out,
 * the command line reads and writes it as Markdown. Node and mark names are TipTap's.
 */

export interface MemoMeta {
  title: string;
  author: string;
  /** ISO date, `YYYY-MM-DD`, or empty. */
  date: string;
  subtitle: string;
}

export interface Memo {
  meta: MemoMeta;
  doc: DocNode;
}

export type MarkType = 'bold' | 'italic' | 'underline' | 'link';

export interface Mark {
  type: MarkType;
  /** For `link`: `{ href }`, http, https or mailto only. */
  attrs?: { href: string };
}

export interface TextNode {
  type: 'text';
  text: string;
  marks?: Mark[];
}

/**
 * An inline, atomic figure: an expression, an optional format (preset name or Excel code)
 * and, optionally, the scenario it is computed in (`{{ irr @bull }}`; absent: the memo's).
 */
export interface FigureNode {
  type: 'figure';
  attrs: { expr: string; format: string; scenario?: string };
  /** Inline atoms carry marks like text does (a bold figure), as ProseMirror allows. */
  marks?: Mark[];
}

/** An inline footnote marker; its note text is kept in the node. */
export interface FootnoteNode {
  type: 'footnote';
  attrs: { text: string };
  marks?: Mark[];
}

export interface HardBreakNode {
  type: 'hardBreak';
  marks?: Mark[];
}

export type InlineNode = TextNode | FigureNode | FootnoteNode | HardBreakNode;

export interface ParagraphNode {
  type: 'paragraph';
  content?: InlineNode[];
}

export interface HeadingNode {
  type: 'heading';
  attrs: { level: 1 | 2 | 3 | 4 };
  content?: InlineNode[];
}

export interface ListItemNode {
  type: 'listItem';
  content: BlockNode[];
}

export interface BulletListNode {
  type: 'bulletList';
  content: ListItemNode[];
}

export interface OrderedListNode {
  type: 'orderedList';
  /** `type` is TipTap's HTML list-type attribute: accepted only as `null` (its default). */
  attrs?: { start: number; type?: null };
  content: ListItemNode[];
}

export interface BlockquoteNode {
  type: 'blockquote';
  content: BlockNode[];
}

export interface TableCellNode {
  type: 'tableCell' | 'tableHeader';
  attrs?: { colspan?: number; rowspan?: number; colwidth?: number[] | null };
  content: ParagraphNode[];
}

export interface TableRowNode {
  type: 'tableRow';
  content: TableCellNode[];
}

/** A table's optional caption: `title` above it, `source` below (plain one-line text; see tableCaption.ts). */
export interface TableAttrs {
  title?: string;
  source?: string;
}

export interface TableNode {
  type: 'table';
  attrs?: TableAttrs;
  content: TableRowNode[];
}

/**
 * A calc block: its text is lines of `name = expression [| format [| label]]`, or `# comment`,
 * or blank. `hidden` (Markdown info string `calc hidden`): the analyst's workings, shown in the
 * editor and left out of the PDF; present only when true.
 */
export interface CalcBlockNode {
  type: 'calcBlock';
  attrs?: { hidden: true };
  content?: TextNode[];
}

/** A chart (CALC.md §8): its text is the YAML body of a ```chart block, kept verbatim. */
export interface ChartBlockNode {
  type: 'chartBlock';
  content?: TextNode[];
}

export interface PageBreakNode {
  type: 'pageBreak';
}

export type BlockNode =
  | ParagraphNode
  | HeadingNode
  | BulletListNode
  | OrderedListNode
  | BlockquoteNode
  | TableNode
  | CalcBlockNode
  | ChartBlockNode
  | PageBreakNode;

export interface DocNode {
  type: 'doc';
  content: BlockNode[];
}
