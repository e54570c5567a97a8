import { figureSource } from '../memo/figureSource';
import type { BlockNode, DocNode, InlineNode } from '../memo/memoTypes';

/**
 * A run of text, or one figure (`{{ expr | format }}`, with its path in the memo). Blocks hold
 * whole text runs; the diff splits a changed block into words (splitWords).
 */
export interface TextToken {
  text: string;
  /** For a figure: `doc.content[3].content[1]`, the key of SnapshotFigure.path. */
  figurePath?: string;
}

export type TextBlockType = 'heading' | 'paragraph' | 'listItem' | 'tableRow' | 'calcBlock';

/** One unit of text the diff compares: a heading, a paragraph, a list item, a table row, a calc block. */
export interface TextBlock {
  type: TextBlockType;
  /** Heading level (1–4); 0 for other blocks. */
  level: number;
  /** For people: `heading "Capital", paragraph 2`, `table 1, row 3`. */
  place: string;
  tokens: TextToken[];
  /** The block's whole text, figures as their source: what two blocks are compared by. */
  key: string;
}

/**
 * The memo's text as blocks of words, in document order: what the word-level diff compares.
 * A figure is one token (its source), so a figure whose value moved does not change the text.
 */
export function memoTextBlocks(doc: DocNode): TextBlock[] {
  const out: TextBlock[] = [];
  const push = (type: TextBlockType, level: number, place: string, tokens: TextToken[]): void => {
    if (tokens.length === 0) return;
    out.push({ type, level, place, tokens, key: tokens.map((t) => t.text).join('') });
  };

  const walk = (list: readonly BlockNode[], parts: string[], path: string, first = 0): void => {
    const counts = new Map<string, number>();
    let section = parts;
    const next = (kind: string): number => {
      const n = (counts.get(kind) ?? 0) + 1;
      counts.set(kind, n);
      return n;
    };
    list.forEach((block, index) => {
      const blockPath = `${path}[${index + first}]`;
      switch (block.type) {
        case 'heading': {
          const tokens = inlineTokens(block.content, `${blockPath}.content`);
          const name = `heading "${headingName(tokens)}"`;
          push('heading', block.attrs.level, [...parts, name].join(', '), tokens);
          if (path === 'doc.content') {
            section = [name];
            counts.clear();
          }
          break;
        }
        case 'paragraph':
          push(
            'paragraph',
            0,
            [...section, `paragraph ${next('paragraph')}`].join(', '),
            inlineTokens(block.content, `${blockPath}.content`),
          );
          break;
        case 'bulletList':
        case 'orderedList': {
          const list = `list ${next('list')}`;
          block.content.forEach((item, i) => {
            const itemPath = `${blockPath}.content[${i}].content`;
            const itemParts = [...section, list, `item ${i + 1}`];
            item.content.forEach((child, c) => {
              if (child.type === 'paragraph')
                push(
                  'listItem',
                  0,
                  itemParts.join(', '),
                  inlineTokens(child.content, `${itemPath}[${c}].content`),
                );
              else walk([child], itemParts, itemPath, c);
            });
          });
          break;
        }
        case 'blockquote':
          walk(block.content, [...section, `quote ${next('quote')}`], `${blockPath}.content`);
          break;
        case 'table': {
          const table = `table ${next('table')}`;
          block.content.forEach((row, r) => {
            const tokens: TextToken[] = [];
            row.content.forEach((cell, c) => {
              if (c > 0) tokens.push({ text: ' | ' });
              cell.content.forEach((paragraph, p) => {
                if (p > 0) tokens.push({ text: ' ' });
                tokens.push(
                  ...inlineTokens(
                    paragraph.content,
                    `${blockPath}.content[${r}].content[${c}].content[${p}].content`,
                  ),
                );
              });
            });
            push('tableRow', 0, [...section, table, `row ${r + 1}`].join(', '), tokens);
          });
          break;
        }
        case 'calcBlock': {
          const text = (block.content ?? []).map((node) => node.text).join('');
          const place = [...section, `calc block ${next('calc block')}`].join(', ');
          push('calcBlock', 0, place, text === '' ? [] : [{ text }]);
          break;
        }
        case 'pageBreak':
          break;
      }
    });
  };
  walk(doc.content, [], 'doc.content');
  return out;
}

function inlineTokens(nodes: readonly InlineNode[] | undefined, path: string): TextToken[] {
  const tokens: TextToken[] = [];
  nodes?.forEach((node, index) => {
    switch (node.type) {
      case 'text':
        tokens.push({ text: node.text });
        break;
      case 'figure':
        tokens.push({
          text: figureSource(node.attrs.expr, node.attrs.format),
          figurePath: `${path}[${index}]`,
        });
        break;
      case 'footnote':
        tokens.push({ text: `[^${node.attrs.text}]` });
        break;
      case 'hardBreak':
        tokens.push({ text: '\n' });
        break;
    }
  });
  return tokens;
}

/** The tokens with each text run split into words and the spaces between them; figures stay whole. */
export function splitWords(tokens: readonly TextToken[]): TextToken[] {
  const out: TextToken[] = [];
  for (const token of tokens) {
    if (token.figurePath !== undefined) out.push(token);
    else for (const part of token.text.match(/\s+|[^\s]+/g) ?? []) out.push({ text: part });
  }
  return out;
}

function headingName(tokens: readonly TextToken[]): string {
  const text = tokens
    .map((t) => t.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
