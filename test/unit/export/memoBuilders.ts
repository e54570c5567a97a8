import type {
  BlockNode,
  FigureNode,
  InlineNode,
  ListItemNode,
  Mark,
  Memo,
  MemoMeta,
  TableCellNode,
  TableNode,
  TextNode,
} from '../../../shared/memo/memoTypes';

/** Terse builders for memo documents in tests. */
export const text = (value: string, ...marks: Mark['type'][]): TextNode =>
  marks.length > 0
    ? { type: 'text', text: value, marks: marks.map((type) => ({ type })) }
    : { type: 'text', text: value };

export const link = (value: string, href: string): TextNode => ({
  type: 'text',
  text: value,
  marks: [{ type: 'link', attrs: { href } }],
});

export const fig = (expr: string, format = ''): FigureNode => ({
  type: 'figure',
  attrs: { expr, format },
});

export const note = (value: string): InlineNode => ({ type: 'footnote', attrs: { text: value } });

const inline = (parts: (InlineNode | string)[]): InlineNode[] =>
  parts.map((part) => (typeof part === 'string' ? text(part) : part));

export const p = (...parts: (InlineNode | string)[]): BlockNode => ({
  type: 'paragraph',
  content: inline(parts),
});

export const h = (level: 1 | 2 | 3 | 4, ...parts: (InlineNode | string)[]): BlockNode => ({
  type: 'heading',
  attrs: { level },
  content: inline(parts),
});

const item = (content: BlockNode | string | (BlockNode | string)[]): ListItemNode => ({
  type: 'listItem',
  content: (Array.isArray(content) ? content : [content]).map((c) =>
    typeof c === 'string' ? p(c) : c,
  ),
});

export const bullets = (...items: (BlockNode | string | (BlockNode | string)[])[]): BlockNode => ({
  type: 'bulletList',
  content: items.map(item),
});

export const numbered = (...items: (BlockNode | string | (BlockNode | string)[])[]): BlockNode => ({
  type: 'orderedList',
  attrs: { start: 1 },
  content: items.map(item),
});

export const quote = (...blocks: BlockNode[]): BlockNode => ({
  type: 'blockquote',
  content: blocks,
});

export const calc = (...lines: string[]): BlockNode => ({
  type: 'calcBlock',
  content: [{ type: 'text', text: lines.join('\n') }],
});

export const pageBreak = (): BlockNode => ({ type: 'pageBreak' });

const cell = (
  type: TableCellNode['type'],
  value: InlineNode | string | (InlineNode | string)[],
): TableCellNode => ({
  type,
  content: [{ type: 'paragraph', content: inline(Array.isArray(value) ? value : [value]) }],
});

/** A table whose first row is the header. */
export const table = (
  header: string[],
  ...rows: (InlineNode | string | (InlineNode | string)[])[][]
): TableNode => ({
  type: 'table',
  content: [
    { type: 'tableRow', content: header.map((v) => cell('tableHeader', v)) },
    ...rows.map((row) => ({
      type: 'tableRow' as const,
      content: row.map((v) => cell('tableCell', v)),
    })),
  ],
});

export const memo = (meta: Partial<MemoMeta>, ...content: BlockNode[]): Memo => ({
  meta: { title: 'Untitled', author: '', date: '', subtitle: '', ...meta },
  doc: { type: 'doc', content },
});
