import type Token from 'markdown-it/lib/token.mjs';
import { inlineTokensToNodes, type FootnoteTexts } from './inlineTokensToNodes';
import { PAGE_BREAK_TOKEN } from './markdownPageBreakRule';
import { captionOfParagraph } from './tableCaption';
import type {
  BlockNode,
  HeadingNode,
  InlineNode,
  ListItemNode,
  ParagraphNode,
  TableCellNode,
  TableRowNode,
} from './memoTypes';

export interface ConvertedBlocks {
  blocks: BlockNode[];
  /** The 1-based source line of each top-level block (for problems found later). */
  lines: number[];
}

/**
 * markdown-it block tokens as memo blocks. Headings deeper than 4 become level 4; a fenced
 * block whose info string is `calc` is a calc block; what the model has no node for (other
 * code blocks, thematic breaks) stays as its literal text in a paragraph, never dropped.
 */
export function tokensToBlocks(
  tokens: readonly Token[],
  footnotes: FootnoteTexts,
): ConvertedBlocks {
  let i = 0;
  /** A `Table: …` paragraph just read: it becomes the title if a table follows it. */
  let pendingTitle: { block: BlockNode; text: string } | null = null;
  const inline = (token: Token | undefined): InlineNode[] =>
    inlineTokensToNodes(token?.children ?? [], footnotes);

  const blocksUntil = (closeType: string | null, lines?: number[]): BlockNode[] => {
    const blocks: BlockNode[] = [];
    while (i < tokens.length) {
      const token = tokens[i]!;
      if (token.type === closeType) {
        i++;
        return blocks;
      }
      if (token.type === 'footnote_block_open') break;
      const line = token.map ? token.map[0] + 1 : 0;
      const block = blockAt(token);
      // An empty paragraph (a line of non-breaking spaces) has no Markdown of its own: not kept.
      if (block && !(block.type === 'paragraph' && !block.content)) {
        if (attachCaption(blocks, block, token.type === 'paragraph_open' ? tokens[i - 2] : null))
          continue;
        if (
          block.type === 'table' &&
          pendingTitle &&
          blocks[blocks.length - 1] === pendingTitle.block
        ) {
          blocks.pop();
          lines?.pop();
          block.attrs = { title: pendingTitle.text };
        }
        pendingTitle = null;
        if (block.type === 'paragraph' && token.type === 'paragraph_open') {
          const title = captionOfParagraph(
            tokens[i - 2]?.content ?? '',
            block.content ?? [],
            'title',
          );
          if (title !== null) pendingTitle = { block, text: title };
        }
        blocks.push(block);
        lines?.push(line);
      }
    }
    return blocks;
  };

  const blockAt = (token: Token): BlockNode | null => {
    switch (token.type) {
      case 'paragraph_open': {
        const content = inline(tokens[i + 1]);
        i += 3;
        return paragraph(content);
      }
      case 'heading_open': {
        const content = inline(tokens[i + 1]);
        i += 3;
        const level = headingLevel(Number(token.tag.slice(1)));
        return content.length > 0
          ? { type: 'heading', attrs: { level }, content }
          : { type: 'heading', attrs: { level } };
      }
      case 'bullet_list_open':
        i++;
        return { type: 'bulletList', content: itemsUntil('bullet_list_close') };
      case 'ordered_list_open': {
        i++;
        const start = Number(token.attrGet('start') ?? '1');
        const content = itemsUntil('ordered_list_close');
        // As the editor stores it: `attrs` only for a list that does not start at 1.
        return start === 1
          ? { type: 'orderedList', content }
          : { type: 'orderedList', attrs: { start }, content };
      }
      case 'blockquote_open':
        i++;
        return { type: 'blockquote', content: nonEmpty(blocksUntil('blockquote_close')) };
      case 'table_open':
        i++;
        return { type: 'table', content: rowsUntil() };
      case 'fence': {
        i++;
        const info = token.info.trim().split(/\s+/);
        if (info[0] === 'chart') return fencedText('chartBlock', token.content);
        return info[0] === 'calc'
          ? calcBlock(token.content, info.includes('hidden'))
          : literal([`${token.markup}${token.info}`, ...codeLines(token.content), token.markup]);
      }
      case 'code_block':
        i++;
        return literal(codeLines(token.content));
      case 'hr':
        i++;
        return literal([token.markup]);
      case PAGE_BREAK_TOKEN:
        i++;
        return { type: 'pageBreak' };
      default:
        i++;
        return null;
    }
  };

  const itemsUntil = (closeType: string): ListItemNode[] => {
    const items: ListItemNode[] = [];
    while (i < tokens.length && tokens[i]!.type !== closeType) {
      if (tokens[i]!.type === 'list_item_open') {
        i++;
        const content = blocksUntil('list_item_close');
        const first = content[0];
        items.push({
          type: 'listItem',
          content: first?.type === 'paragraph' ? content : [{ type: 'paragraph' }, ...content],
        });
      } else {
        i++;
      }
    }
    i++;
    return items;
  };

  const rowsUntil = (): TableRowNode[] => {
    const rows: TableRowNode[] = [];
    let cells: TableCellNode[] = [];
    while (i < tokens.length && tokens[i]!.type !== 'table_close') {
      const token = tokens[i]!;
      if (token.type === 'tr_open') cells = [];
      if (token.type === 'tr_close') rows.push({ type: 'tableRow', content: cells });
      if (token.type === 'th_open' || token.type === 'td_open') {
        cells.push({
          type: token.type === 'th_open' ? 'tableHeader' : 'tableCell',
          content: [paragraph(inline(tokens[i + 1]))],
        });
        i += 2;
      }
      i++;
    }
    i++;
    return rows;
  };

  const lines: number[] = [];
  const blocks = blocksUntil(null, lines);
  return { blocks, lines };
}

/**
 * A `Source: …` paragraph right after a table without a source becomes its source line
 * (`inline` is the paragraph's inline token); true when it did.
 */
function attachCaption(
  blocks: BlockNode[],
  block: BlockNode,
  inline: Token | null | undefined,
): boolean {
  const table = blocks[blocks.length - 1];
  if (
    !inline ||
    block.type !== 'paragraph' ||
    table?.type !== 'table' ||
    table.attrs?.source !== undefined
  )
    return false;
  const source = captionOfParagraph(inline.content, block.content ?? [], 'source');
  if (source === null) return false;
  table.attrs = { ...table.attrs, source };
  return true;
}

function headingLevel(depth: number): HeadingNode['attrs']['level'] {
  if (depth <= 1) return 1;
  if (depth === 2) return 2;
  return depth === 3 ? 3 : 4;
}

function paragraph(content: InlineNode[]): ParagraphNode {
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

function nonEmpty(blocks: BlockNode[]): BlockNode[] {
  return blocks.length > 0 ? blocks : [{ type: 'paragraph' }];
}

/** A fenced `calc` block; `calc hidden` is the analyst's workings, left out of the PDF (CALC.md §2). */
function calcBlock(content: string, hidden: boolean): BlockNode {
  const text = content.endsWith('\n') ? content.slice(0, -1) : content;
  return {
    type: 'calcBlock',
    ...(hidden ? { attrs: { hidden: true as const } } : {}),
    ...(text === '' ? {} : { content: [{ type: 'text' as const, text }] }),
  };
}

function fencedText(type: 'chartBlock', content: string): BlockNode {
  const text = content.endsWith('\n') ? content.slice(0, -1) : content;
  return text === '' ? { type } : { type, content: [{ type: 'text', text }] };
}

function codeLines(content: string): string[] {
  const lines = content.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Lines kept as literal text: one paragraph, a hard break between lines. */
function literal(lines: string[]): ParagraphNode {
  const content: InlineNode[] = [];
  lines.forEach((line, index) => {
    if (index > 0) content.push({ type: 'hardBreak' });
    if (line !== '') content.push({ type: 'text', text: line });
  });
  return paragraph(content);
}
