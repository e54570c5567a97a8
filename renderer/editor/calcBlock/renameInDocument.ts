import type { Node as PMNode } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { closeHistory } from '@tiptap/pm/history';
import { renameIdentifier, usesIdentifier } from './renameIdentifier';

/** How many figures and calc block lines read the variable `name`. */
export function countUses(doc: PMNode, name: string): { figures: number; lines: number } {
  let figures = 0;
  let lines = 0;
  doc.descendants((node) => {
    if (node.type.name === 'figure' && usesIdentifier(String(node.attrs.expr ?? ''), name))
      figures++;
    if (node.type.name === 'calcBlock') {
      for (const line of node.textContent.split('\n')) {
        const eq = line.indexOf('=');
        if (
          eq >= 0 &&
          !line.trimStart().startsWith('#') &&
          usesIdentifier(line.slice(eq + 1), name)
        )
          lines++;
      }
      return false;
    }
    return true;
  });
  return { figures, lines };
}

/**
 * One transaction renaming the variable `from` to `to` in every figure and calc line that
 * reads it: its own undo step, apart from the typing before it.
 */
export function renameInDocument(state: EditorState, from: string, to: string): Transaction {
  const tr = closeHistory(state.tr);
  state.doc.descendants((node, pos) => {
    if (node.type.name === 'figure') {
      const expr = String(node.attrs.expr ?? '');
      if (usesIdentifier(expr, from)) {
        tr.setNodeMarkup(tr.mapping.map(pos), undefined, {
          ...node.attrs,
          expr: renameIdentifier(expr, from, to),
        });
      }
      return false;
    }
    if (node.type.name === 'calcBlock') {
      const text = node.textContent;
      const next = text
        .split('\n')
        .map((line) => {
          const eq = line.indexOf('=');
          if (eq < 0 || line.trimStart().startsWith('#')) return line;
          return line.slice(0, eq + 1) + renameIdentifier(line.slice(eq + 1), from, to);
        })
        .join('\n');
      if (next !== text) {
        const start = tr.mapping.map(pos + 1);
        const end = tr.mapping.map(pos + 1 + node.content.size);
        tr.replaceWith(start, end, next === '' ? [] : state.schema.text(next));
      }
      return false;
    }
    return true;
  });
  return tr;
}
