import type {
  BlockNode,
  CalcBlockNode,
  ChartBlockNode,
  DocNode,
  FigureNode,
  InlineNode,
} from './memoTypes';

/** A figure or a calc block, found in document order, with where it stands. */
export type MemoItem =
  | {
      kind: 'figure';
      node: FigureNode;
      place: string;
      path: string;
      /** The text right before the figure in its line (since the last figure, footnote or break), for the checks of CALC.md §9. */
      before: string;
    }
  | { kind: 'calcBlock'; node: CalcBlockNode; blockIndex: number; place: string; path: string }
  | { kind: 'chart'; node: ChartBlockNode; chartIndex: number; place: string; path: string };

/**
 * Every figure and calc block of a memo in document order (depth first, table cells row by
 * row: the order the editor, the PDF and `tickmark check` number figures in). Places read:
 * `paragraph 2`, `heading "Capital at unprecedented scale", paragraph 2`,
 * `…, table 1, row 2, column 3`, `…, list 1, item 2.1`, `…, quote 1, paragraph 1`; a figure
 * in a heading is `heading "…"`. Blocks are counted by kind within their section (the text
 * since the last top-level heading) or their container. Footnote text holds no figures.
 */
export function walkMemo(doc: DocNode): MemoItem[] {
  const items: MemoItem[] = [];
  let calcBlocks = 0;
  let charts = 0;

  const inline = (nodes: readonly InlineNode[] | undefined, place: string, path: string): void => {
    let before = '';
    nodes?.forEach((node, index) => {
      if (node.type === 'figure')
        items.push({ kind: 'figure', node, place, path: `${path}[${index}]`, before });
      before = node.type === 'text' ? before + node.text : '';
    });
  };

  const blocks = (
    list: readonly BlockNode[],
    parts: string[],
    path: string,
    itemNumber?: string,
  ): void => {
    const counts = new Map<string, number>();
    const totals = countKinds(list);
    let section = parts;
    list.forEach((block, index) => {
      const blockPath = `${path}[${index}]`;
      const kind = kindOf(block);
      const number = (counts.get(kind) ?? 0) + 1;
      counts.set(kind, number);
      const own =
        (totals.get(kind) ?? 0) > 1 || itemNumber === undefined ? [`${kind} ${number}`] : [];
      switch (block.type) {
        case 'heading': {
          const heading = `heading "${headingText(block.content)}"`;
          inline(block.content, [...parts, heading].join(', '), `${blockPath}.content`);
          if (path === 'doc.content') {
            section = [heading];
            counts.clear();
          }
          break;
        }
        case 'paragraph':
          inline(block.content, join(section, own, `paragraph ${number}`), `${blockPath}.content`);
          break;
        case 'bulletList':
        case 'orderedList':
          block.content.forEach((item, i) => {
            const label = itemNumber === undefined ? `${i + 1}` : `${itemNumber}.${i + 1}`;
            const listParts =
              itemNumber === undefined ? [...section, `list ${number}`] : section.slice(0, -1);
            blocks(
              item.content,
              [...listParts, `item ${label}`],
              `${blockPath}.content[${i}].content`,
              label,
            );
          });
          break;
        case 'blockquote':
          blocks(block.content, [...section, `quote ${number}`], `${blockPath}.content`);
          break;
        case 'table':
          block.content.forEach((row, r) =>
            row.content.forEach((cell, c) => {
              const cellPlace = [...section, `table ${number}`, `row ${r + 1}`, `column ${c + 1}`];
              cell.content.forEach((paragraph, p) => {
                const extra = cell.content.length > 1 ? [`paragraph ${p + 1}`] : [];
                const cellPath = `${blockPath}.content[${r}].content[${c}].content[${p}].content`;
                inline(paragraph.content, [...cellPlace, ...extra].join(', '), cellPath);
              });
            }),
          );
          break;
        case 'calcBlock':
          calcBlocks++;
          items.push({
            kind: 'calcBlock',
            node: block,
            blockIndex: calcBlocks - 1,
            place: `calc block ${calcBlocks}`,
            path: blockPath,
          });
          break;
        case 'chartBlock':
          charts++;
          items.push({
            kind: 'chart',
            node: block,
            chartIndex: charts - 1,
            place: `chart ${charts}`,
            path: blockPath,
          });
          break;
        case 'pageBreak':
          break;
      }
    });
  };

  blocks(doc.content, [], 'doc.content');
  return items;
}

function join(section: string[], own: string[], fallback: string): string {
  const parts = [...section, ...own];
  return parts.length > 0 ? parts.join(', ') : fallback;
}

function kindOf(block: BlockNode): string {
  switch (block.type) {
    case 'bulletList':
    case 'orderedList':
      return 'list';
    case 'blockquote':
      return 'quote';
    case 'calcBlock':
      return 'calc block';
    case 'chartBlock':
      return 'chart';
    case 'pageBreak':
      return 'page break';
    default:
      return block.type;
  }
}

function countKinds(list: readonly BlockNode[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const block of list) totals.set(kindOf(block), (totals.get(kindOf(block)) ?? 0) + 1);
  return totals;
}

/** A heading's text for a place: figures as `{{ expr }}`, cut at 60 characters. */
function headingText(content: readonly InlineNode[] | undefined): string {
  const text = (content ?? [])
    .map((node) => {
      if (node.type === 'text') return node.text;
      if (node.type === 'figure') return `{{ ${node.attrs.expr} }}`;
      return node.type === 'hardBreak' ? ' ' : '';
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
