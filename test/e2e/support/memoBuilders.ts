import type { BlockNode, InlineNode, Memo } from '../../../shared/memo/memoTypes';

/** Builders for memo JSON in tests: `memo(p('Capex is ', fig('AMZN.capex.FY2025'), '.'))`. */
export function memo(...content: BlockNode[]): Memo {
  return {
    meta: { title: 'Test memo', author: 'Research', date: '2026-01-30', subtitle: '' },
    doc: { type: 'doc', content },
  };
}

export function p(...parts: (string | InlineNode)[]): BlockNode {
  const content = parts
    .filter((part) => part !== '')
    .map((part): InlineNode => (typeof part === 'string' ? { type: 'text', text: part } : part));
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

export function fig(expr: string, format = ''): InlineNode {
  return { type: 'figure', attrs: { expr, format } };
}

export function calc(...lines: string[]): BlockNode {
  return { type: 'calcBlock', content: [{ type: 'text', text: lines.join('\n') }] };
}
