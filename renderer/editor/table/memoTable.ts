import type { Editor } from '@tiptap/core';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { CaptionKind } from '../../../shared/memo/tableCaption';
import { CaptionedTableView } from './captionedTableView';

/** Where the table holding the caret starts, or null outside a table. */
function tableAtCaret(state: EditorState): number | null {
  const { $head } = state.selection;
  for (let depth = $head.depth; depth > 0; depth--) {
    if ($head.node(depth).type.name === 'table') return $head.before(depth);
  }
  return null;
}

/** Marks the table holding the caret (`has-caret`), so its empty title and source fields show. */
const caretTable = new Plugin({
  key: new PluginKey('tableCaret'),
  props: {
    decorations(state) {
      const pos = tableAtCaret(state);
      const node = pos === null ? null : state.doc.nodeAt(pos);
      return pos === null || !node
        ? DecorationSet.empty
        : DecorationSet.create(state.doc, [
            Decoration.node(pos, pos + node.nodeSize, { class: 'has-caret' }),
          ]);
    },
  },
});

/** The toolbar's Add title / Add source: the caret goes to that field of the caret's table. */
export function focusTableCaption(editor: Editor, kind: CaptionKind): void {
  const pos = tableAtCaret(editor.state);
  if (pos === null) return;
  const dom = editor.view.nodeDOM(pos);
  const view = dom ? CAPTION_VIEWS.get(dom) : undefined;
  view?.focusField(kind);
}

const CAPTION_VIEWS = new WeakMap<Node, CaptionedTableView>();

function captionAttribute(kind: CaptionKind) {
  const name = `data-table-${kind}`;
  return {
    default: null,
    parseHTML: (element: HTMLElement) => element.getAttribute(name),
    renderHTML: (attrs: Record<string, unknown>) =>
      typeof attrs[kind] === 'string' && attrs[kind] !== '' ? { [name]: attrs[kind] } : {},
  };
}

/**
 * Tables as the memo model holds them: rows of header or body cells, each cell one or more
 * paragraphs (no lists or calc blocks inside a cell, so every table prints the same in the PDF),
 * and an optional title and source line (node attributes, edited in fields above and below).
 */
export const memoTable = [
  Table.extend({
    addAttributes() {
      return {
        ...this.parent?.(),
        title: captionAttribute('title'),
        source: captionAttribute('source'),
      };
    },
    addNodeView() {
      const cellMinWidth = this.options.cellMinWidth;
      return ({ node, view, getPos, HTMLAttributes }) => {
        const tableView = new CaptionedTableView(node, cellMinWidth, view, getPos, HTMLAttributes);
        CAPTION_VIEWS.set(tableView.dom, tableView);
        return tableView;
      };
    },
    addProseMirrorPlugins() {
      return [...(this.parent?.() ?? []), caretTable];
    },
  }).configure({ resizable: false, allowTableNodeSelection: true }),
  TableRow,
  TableHeader.extend({ content: 'paragraph+' }),
  TableCell.extend({ content: 'paragraph+' }),
];
