import { PAGE_BREAK_LINE } from './markdownPageBreakRule';
import type {
  BlockNode,
  BulletListNode,
  CalcBlockNode,
  ChartBlockNode,
  ListItemNode,
  OrderedListNode,
  TableCellNode,
  TableNode,
} from './memoTypes';
import { serializeInline, type FootnoteRegistry } from './serializeInline';
import { CAPTION_LABEL, type CaptionKind } from './tableCaption';

/**
 * Blocks as lines of memo Markdown, a blank line between blocks. Empty paragraphs have no
 * Markdown and are left out. Two lists in a row switch marker (`-`/`*`, `1.`/`1)`) so they
 * stay two lists.
 */
export function serializeBlocks(
  blocks: readonly BlockNode[],
  footnotes: FootnoteRegistry,
): string[] {
  const lines: string[] = [];
  let previous: BlockNode | undefined;
  let variant = 0;
  for (const [index, block] of blocks.entries()) {
    variant = previous?.type === block.type && isList(block) ? 1 - variant : 0;
    const blockLines = serializeBlock(block, variant, footnotes);
    if (block.type === 'paragraph') {
      const next = blocks.slice(index + 1).find((b) => serializesToText(b));
      escapeCaptionLook(blockLines, previous?.type === 'table', next?.type === 'table');
    }
    if (blockLines.length === 0) continue;
    if (lines.length > 0) lines.push('');
    lines.push(...blockLines);
    previous = block;
  }
  return lines;
}

/** Whether a block writes any Markdown (an empty paragraph writes none). */
function serializesToText(block: BlockNode): boolean {
  return block.type !== 'paragraph' || (block.content?.length ?? 0) > 0;
}

/**
 * A paragraph that would read back as a caption (`Table: …` before a table, `Source: …` after
 * one) gets its colon escaped, so it stays a paragraph.
 */
function escapeCaptionLook(lines: string[], afterTable: boolean, beforeTable: boolean): void {
  const first = lines[0];
  if (first === undefined) return;
  for (const [kind, applies] of [
    ['title', beforeTable],
    ['source', afterTable],
  ] as const) {
    const label = `${CAPTION_LABEL[kind]}:`;
    if (applies && first.startsWith(label))
      lines[0] = `${CAPTION_LABEL[kind]}\\:${first.slice(label.length)}`;
  }
}

function isList(block: BlockNode): block is BulletListNode | OrderedListNode {
  return block.type === 'bulletList' || block.type === 'orderedList';
}

function serializeBlock(block: BlockNode, variant: number, footnotes: FootnoteRegistry): string[] {
  switch (block.type) {
    case 'paragraph':
      return block.content && block.content.length > 0
        ? [serializeInline(block.content, 'paragraph', footnotes)]
        : [];
    case 'heading': {
      const hashes = '#'.repeat(block.attrs.level);
      const content = block.content ?? [];
      return [
        content.length > 0 ? `${hashes} ${serializeInline(content, 'heading', footnotes)}` : hashes,
      ];
    }
    case 'bulletList':
    case 'orderedList':
      return serializeList(block, variant, footnotes);
    case 'blockquote': {
      const inner = serializeBlocks(block.content, footnotes);
      return inner.length > 0 ? inner.map((line) => (line === '' ? '>' : `> ${line}`)) : ['>'];
    }
    case 'table':
      return serializeTable(block, footnotes);
    case 'calcBlock':
      return serializeCalcBlock(block);
    case 'chartBlock':
      return serializeCalcBlock(block, 'chart');
    case 'pageBreak':
      return [PAGE_BREAK_LINE];
  }
}

function serializeList(
  list: BulletListNode | OrderedListNode,
  variant: number,
  footnotes: FootnoteRegistry,
): string[] {
  const start = list.type === 'orderedList' ? (list.attrs?.start ?? 1) : 1;
  const lines: string[] = [];
  let looseItem = false;
  list.content.forEach((item, index) => {
    const number = start + index <= 999_999_999 ? start + index : start;
    const marker =
      list.type === 'bulletList' ? (variant ? '*' : '-') : `${number}${variant ? ')' : '.'}`;
    const itemLines = serializeItem(item, marker, footnotes);
    // Only for the eye: an item of several blocks is followed by a blank line.
    if (looseItem) lines.push('');
    lines.push(...itemLines);
    looseItem = itemLines.includes('');
  });
  return lines;
}

function serializeItem(item: ListItemNode, marker: string, footnotes: FootnoteRegistry): string[] {
  const [first, ...rest] = item.content;
  const firstLine =
    first?.type === 'paragraph' && first.content && first.content.length > 0
      ? serializeInline(first.content, 'paragraph', footnotes)
      : '';
  const restLines = serializeBlocks(rest, footnotes);
  const indent = ' '.repeat(marker.length + 1);
  const lines = [firstLine === '' ? marker : `${marker} ${firstLine}`];
  if (restLines.length > 0 && firstLine !== '' && !canInterruptParagraph(rest[0])) lines.push('');
  for (const line of restLines) lines.push(line === '' ? '' : indent + line);
  return lines;
}

function isEmptyItem(item: ListItemNode): boolean {
  const first = item.content[0];
  return first?.type === 'paragraph' && !(first.content && first.content.length > 0);
}

/** A nested list may follow its item's first line directly only if it can interrupt a paragraph. */
function canInterruptParagraph(block: BlockNode | undefined): boolean {
  if (!block || !isList(block)) return false;
  const firstItem = block.content[0];
  if (!firstItem || isEmptyItem(firstItem)) return false;
  return block.type === 'bulletList' || (block.attrs?.start ?? 1) === 1;
}

function serializeTable(table: TableNode, footnotes: FootnoteRegistry): string[] {
  const rows = table.content.map((row) =>
    row.content.flatMap((cell) => [
      serializeCell(cell, footnotes),
      ...Array<string>(Math.max(0, (cell.attrs?.colspan ?? 1) - 1)).fill(''),
    ]),
  );
  const columns = Math.max(...rows.map((cells) => cells.length));
  const line = (cells: string[]): string =>
    `| ${[...cells, ...Array<string>(columns - cells.length).fill('')].join(' | ')} |`;
  const [header = [], ...body] = rows;
  const grid = [line(header), line(Array<string>(columns).fill('---')), ...body.map(line)];
  const caption = (kind: CaptionKind): string[] => {
    const text = table.attrs?.[kind];
    return text === undefined
      ? []
      : [
          `${CAPTION_LABEL[kind]}: ${serializeInline([{ type: 'text', text }], 'paragraph', footnotes)}`,
        ];
  };
  const title = caption('title');
  const source = caption('source');
  return [
    ...title,
    ...(title.length > 0 ? [''] : []),
    ...grid,
    ...(source.length > 0 ? [''] : []),
    ...source,
  ];
}

function serializeCell(cell: TableCellNode, footnotes: FootnoteRegistry): string {
  return cell.content
    .map((paragraph) => serializeInline(paragraph.content ?? [], 'cell', footnotes))
    .join('<br><br>');
}

function serializeCalcBlock(block: CalcBlockNode | ChartBlockNode, info = 'calc'): string[] {
  const text = (block.content ?? []).map((node) => node.text).join('');
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  const fenceInfo = block.type === 'calcBlock' && block.attrs?.hidden ? `${info} hidden` : info;
  return [`${fence}${fenceInfo}`, ...(text === '' ? [] : text.split('\n')), fence];
}
