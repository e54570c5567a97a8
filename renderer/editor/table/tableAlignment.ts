import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { cellKind, numericColumns } from '../../../shared/format/cellKind';

/** The numeric cells of one table, as `[offset from the table's start, size]`. */
function numericCells(table: PMNode): [number, number][] {
  const rows: { header: boolean; kinds: (string | null)[]; cells: [number, number, number][] }[] =
    [];
  let columns = 0;
  table.forEach((row, rowOffset) => {
    const header =
      row.childCount > 0 &&
      [...Array(row.childCount).keys()].every((i) => row.child(i).type.name === 'tableHeader');
    const kinds: (string | null)[] = [];
    const cells: [number, number, number][] = [];
    let col = 0;
    row.forEach((cell, cellOffset) => {
      const colspan = Math.max(1, Number(cell.attrs.colspan ?? 1));
      let figures = 0;
      let text = '';
      cell.descendants((node) => {
        if (node.type.name === 'figure') figures++;
        else if (node.isText) text += node.text ?? '';
        return true;
      });
      kinds[col] = colspan === 1 ? cellKind({ text, figures }) : null;
      cells.push([col, colspan, 1 + rowOffset + 1 + cellOffset]);
      col += colspan;
    });
    columns = Math.max(columns, col);
    rows.push({ header, kinds, cells });
  });
  const numeric = numericColumns(rows, columns);
  const out: [number, number][] = [];
  rows.forEach((row, r) => {
    row.cells.forEach(([col, colspan, offset], i) => {
      const kind = row.kinds[col];
      if (kind === 'number' || (numeric[col] === true && colspan === 1)) {
        out.push([offset, table.child(r).child(i).nodeSize]);
      }
    });
  });
  return out;
}

function decorate(doc: PMNode, cache: WeakMap<PMNode, [number, number][]>): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name !== 'table') return !node.isTextblock && !node.isAtom;
    let cells = cache.get(node);
    if (!cells) cache.set(node, (cells = numericCells(node)));
    for (const [offset, size] of cells)
      decorations.push(Decoration.node(pos + offset, pos + offset + size, { class: 'is-numeric' }));
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

function touchesTables(tr: Transaction): boolean {
  const hasTable = (doc: PMNode, from: number, to: number): boolean => {
    let found = false;
    const end = Math.min(doc.content.size, Math.max(from + 1, to));
    if (from < end) doc.nodesBetween(from, end, (node) => !(found ||= node.type.name === 'table'));
    return found;
  };
  return tr.steps.some((step, i) => {
    let found = false;
    step.getMap().forEach((oldStart, oldEnd, newStart, newEnd) => {
      found ||=
        hasTable(tr.docs[i]!, oldStart, oldEnd) ||
        hasTable(tr.docs[i + 1] ?? tr.doc, newStart, newEnd);
    });
    return found;
  });
}

/**
 * Numbers line up on the right, as in the PDF: a cell holding a figure or a number, and every
 * cell of a column of numbers, is `is-numeric`. Recomputed only when a table changed.
 */
export const TableAlignment = Extension.create({
  name: 'tableAlignment',

  addProseMirrorPlugins() {
    const key = new PluginKey<DecorationSet>('tableAlignment');
    const cache = new WeakMap<PMNode, [number, number][]>();
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_, state) => decorate(state.doc, cache),
          apply: (tr, set) => {
            if (!tr.docChanged) return set;
            return touchesTables(tr) ? decorate(tr.doc, cache) : set.map(tr.mapping, tr.doc);
          },
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});
