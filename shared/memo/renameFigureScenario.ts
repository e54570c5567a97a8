import type { Memo } from './memoTypes';

/**
 * The memo with every figure that names scenario `from` (`{{ irr @from }}`, CALC.md section 6)
 * naming `to` instead, so renaming a scenario keeps the figures that name it; null when no
 * figure names it (the memo is left as it is).
 */
export function renameFigureScenario(memo: Memo, from: string, to: string): Memo | null {
  let renamed = false;
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (node === null || typeof node !== 'object') return node;
    const record = node as { type?: unknown; attrs?: { scenario?: unknown }; content?: unknown };
    if (record.type === 'figure' && record.attrs?.scenario === from) {
      renamed = true;
      return { ...record, attrs: { ...record.attrs, scenario: to } };
    }
    return Array.isArray(record.content) ? { ...record, content: visit(record.content) } : node;
  };
  const doc = visit(memo.doc) as Memo['doc'];
  return renamed ? { ...memo, doc } : null;
}
