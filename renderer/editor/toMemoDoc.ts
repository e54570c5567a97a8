import type { JSONContent } from '@tiptap/core';
import type {
  BlockNode,
  DocNode,
  FigureNode,
  HeadingNode,
  InlineNode,
  ListItemNode,
  Mark,
  ParagraphNode,
  TableCellNode,
  TableAttrs,
  TableRowNode,
} from '../../shared/memo/memoTypes';
import { cleanCaption } from '../../shared/memo/tableCaption';
import { SINGLE_LINE_MAX } from '../../shared/memo/textLimits';
import { isSafeHref } from './link/safeHref';
import { isIdentifier } from '../../shared/calc/identifiers';

/**
 * The editor's JSON as the memo model holds it: exactly the node, mark and attribute names
 * of shared/memo (TipTap adds a few attributes of its own, such as an ordered list's `type`;
 * they are dropped here). Unknown nodes are dropped too, keeping their text where they have any,
 * and characters a memo may not hold (control characters, from a paste) are removed, so
 * what the editor saves is always a memo the backend accepts.
 */
export function toMemoDoc(json: JSONContent): DocNode {
  return { type: 'doc', content: blocks(json.content) };
}

function blocks(content: JSONContent[] | undefined): BlockNode[] {
  return (content ?? []).flatMap((node): BlockNode[] => {
    switch (node.type) {
      case 'paragraph':
        return [paragraph(node)];
      case 'heading': {
        const level = Number(node.attrs?.level);
        const safeLevel = level === 1 || level === 2 || level === 3 || level === 4 ? level : 4;
        const content = inlines(node.content);
        const heading: HeadingNode = { type: 'heading', attrs: { level: safeLevel } };
        return [content.length > 0 ? { ...heading, content } : heading];
      }
      case 'bulletList':
        return [{ type: 'bulletList', content: listItems(node.content) }];
      case 'orderedList': {
        const start = Number(node.attrs?.start ?? 1);
        return [
          {
            type: 'orderedList',
            ...(Number.isInteger(start) && start !== 1 ? { attrs: { start } } : {}),
            content: listItems(node.content),
          },
        ];
      }
      case 'blockquote':
        return [{ type: 'blockquote', content: blocks(node.content) }];
      case 'table': {
        const attrs = tableAttrs(node);
        return [
          {
            type: 'table',
            ...(Object.keys(attrs).length > 0 ? { attrs } : {}),
            content: (node.content ?? []).map(tableRow),
          },
        ];
      }
      case 'calcBlock': {
        const text = clean((node.content ?? []).map((t) => t.text ?? '').join(''), true);
        return [
          {
            type: 'calcBlock',
            ...(node.attrs?.hidden === true ? { attrs: { hidden: true as const } } : {}),
            ...(text === '' ? {} : { content: [{ type: 'text' as const, text }] }),
          },
        ];
      }
      case 'chartBlock': {
        const text = clean((node.content ?? []).map((t) => t.text ?? '').join(''), true);
        return [
          text === ''
            ? { type: 'chartBlock' }
            : { type: 'chartBlock', content: [{ type: 'text', text }] },
        ];
      }
      case 'pageBreak':
        return [{ type: 'pageBreak' }];
      default:
        return node.content ? blocks(node.content) : [];
    }
  });
}

function paragraph(node: JSONContent): ParagraphNode {
  const content = inlines(node.content);
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

function listItems(content: JSONContent[] | undefined): ListItemNode[] {
  return (content ?? []).map((item) => ({ type: 'listItem', content: blocks(item.content) }));
}

/** The table's title and source line as the model holds them: one trimmed line each, or absent. */
function tableAttrs(node: JSONContent): TableAttrs {
  const attrs: TableAttrs = {};
  for (const key of ['title', 'source'] as const) {
    const text = cleanCaption(String(node.attrs?.[key] ?? '').slice(0, SINGLE_LINE_MAX));
    if (text !== '') attrs[key] = text;
  }
  return attrs;
}

function tableRow(row: JSONContent): TableRowNode {
  return {
    type: 'tableRow',
    content: (row.content ?? []).map((cell): TableCellNode => {
      const attrs: NonNullable<TableCellNode['attrs']> = {};
      const colspan = Number(cell.attrs?.colspan ?? 1);
      const rowspan = Number(cell.attrs?.rowspan ?? 1);
      const colwidth = cell.attrs?.colwidth as unknown;
      if (colspan !== 1) attrs.colspan = colspan;
      if (rowspan !== 1) attrs.rowspan = rowspan;
      if (Array.isArray(colwidth) && colwidth.every((w) => typeof w === 'number'))
        attrs.colwidth = colwidth;
      return {
        type: cell.type === 'tableHeader' ? 'tableHeader' : 'tableCell',
        ...(Object.keys(attrs).length > 0 ? { attrs } : {}),
        content: (cell.content ?? []).map(paragraph),
      };
    }),
  };
}

function inlines(content: JSONContent[] | undefined): InlineNode[] {
  return (content ?? []).flatMap((node): InlineNode[] => {
    switch (node.type) {
      case 'text': {
        const text = clean(node.text ?? '', false);
        return text === '' ? [] : [{ type: 'text', text, ...markField(node) }];
      }
      case 'figure': {
        const attrs: FigureNode['attrs'] = {
          expr: figurePart(node.attrs?.expr),
          format: figurePart(node.attrs?.format, true),
        };
        const scenario = String(node.attrs?.scenario ?? '').trim();
        if (isIdentifier(scenario)) attrs.scenario = scenario;
        return [{ type: 'figure', attrs, ...markField(node) }];
      }
      case 'footnote':
        return [
          {
            type: 'footnote',
            attrs: { text: clean(String(node.attrs?.text ?? ''), true) },
            ...markField(node),
          },
        ];
      case 'hardBreak':
        return [{ type: 'hardBreak', ...markField(node) }];
      default:
        return [];
    }
  });
}

function markField(node: JSONContent): { marks?: Mark[] } {
  const list = marks(node.marks);
  return list.length > 0 ? { marks: list } : {};
}

function marks(list: JSONContent['marks']): Mark[] {
  return (list ?? []).flatMap((mark): Mark[] => {
    switch (mark.type) {
      case 'bold':
      case 'italic':
      case 'underline':
        return [{ type: mark.type }];
      case 'link': {
        const href = String(mark.attrs?.href ?? '');
        return isSafeHref(href) ? [{ type: 'link', attrs: { href } }] : [];
      }
      default:
        return [];
    }
  });
}

// Control characters (but tab, and line feed where allowed) and unpaired surrogates.
const FORBIDDEN = /[^\P{Cc}\t\n]|\p{Cs}/gu;

function clean(text: string, lineBreaks: boolean): string {
  const kept = text.replace(FORBIDDEN, '');
  return lineBreaks ? kept : kept.replace(/\n/g, ' ');
}

/** A figure's expression or format as the model allows it: one trimmed line, no `}}` (nor `|` in a format). */
function figurePart(value: unknown, isFormat = false): string {
  let text = clean(String(value ?? ''), false)
    .replace(/\t/g, ' ')
    .replace(/\}\}/g, '} }');
  if (isFormat) text = text.replace(/\|/g, '');
  return text.trim();
}
