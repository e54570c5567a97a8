import type { Node as PMNode } from '@tiptap/pm/model';
import { redo, undo } from '@tiptap/pm/history';
import { Selection } from '@tiptap/pm/state';
import type { EditorView, ViewMutationRecord } from '@tiptap/pm/view';
import { TableView, updateColumns } from '@tiptap/extension-table';
import { CAPTION_LABEL, type CaptionKind } from '../../../shared/memo/tableCaption';
import { SINGLE_LINE_MAX } from '../../../shared/memo/textLimits';

const PLACEHOLDER: Record<CaptionKind, string> = { title: 'Table title', source: 'Source' };

/**
 * TipTap's table view with the table's title above it and its source line below: two plain
 * text fields outside the editable content. Typing sets the table node's `title` / `source`
 * attribute in a transaction, so it is saved with the memo and undone like any edit.
 */
export class CaptionedTableView extends TableView {
  private readonly fields: Record<CaptionKind, HTMLInputElement>;

  constructor(
    node: PMNode,
    cellMinWidth: number,
    private readonly editorView: EditorView,
    private readonly getPos: () => number | undefined,
    HTMLAttributes: Record<string, unknown>,
  ) {
    super(node, cellMinWidth, editorView, HTMLAttributes);
    this.dom.classList.add('memo-table');
    this.fields = {
      title: this.addField('title', this.table),
      source: this.addField('source', null),
    };
    this.syncFields();
  }

  override update(node: PMNode): boolean {
    if (node.type !== this.node.type) return false;
    const { title: _t, source: _s, ...rest } = node.attrs;
    const { title: _ot, source: _os, ...oldRest } = this.node.attrs;
    if (JSON.stringify(rest) !== JSON.stringify(oldRest)) return false;
    // Same table markup but for its captions: keep this view (and a focused field's caret).
    this.node = node;
    updateColumns(node, this.colgroup, this.table, this.cellMinWidth);
    this.syncFields();
    return true;
  }

  stopEvent(event: Event): boolean {
    return this.isCaptionTarget(event.target);
  }

  override ignoreMutation(mutation: ViewMutationRecord): boolean {
    if (mutation.type === 'selection') return this.isCaptionTarget(mutation.target);
    return super.ignoreMutation(mutation);
  }

  /** Puts the caret in the title or source field (the toolbar's Add title / Add source). */
  focusField(kind: CaptionKind): void {
    this.dom.classList.add('is-captioning');
    this.fields[kind].focus();
  }

  private isCaptionTarget(target: EventTarget | null): boolean {
    return (
      target instanceof Node &&
      Object.values(this.fields).some((field) => field.parentElement?.contains(target) === true)
    );
  }

  private addField(kind: CaptionKind, before: Node | null): HTMLInputElement {
    const box = document.createElement('div');
    box.className = `memo-table__caption memo-table__caption--${kind}`;
    box.contentEditable = 'false';
    const input = document.createElement('input');
    input.type = 'text';
    input.className = 'memo-table__caption-input';
    input.placeholder = PLACEHOLDER[kind];
    input.setAttribute('aria-label', PLACEHOLDER[kind]);
    input.maxLength = SINGLE_LINE_MAX;
    input.spellcheck = true;
    input.addEventListener('input', () => this.write(kind, input.value));
    input.addEventListener('keydown', (event) => this.onKey(kind, event));
    input.addEventListener('blur', () => this.dom.classList.remove('is-captioning'));
    if (kind === 'source') {
      // As the PDF prints it: "Source: …".
      const label = document.createElement('span');
      label.className = 'memo-table__caption-label';
      label.textContent = `${CAPTION_LABEL.source}:`;
      box.appendChild(label);
    }
    box.appendChild(input);
    this.dom.insertBefore(box, before);
    return input;
  }

  private write(kind: CaptionKind, value: string): void {
    const pos = this.getPos();
    if (pos === undefined) return;
    const { state } = this.editorView;
    this.editorView.dispatch(state.tr.setNodeAttribute(pos, kind, value === '' ? null : value));
  }

  private onKey(kind: CaptionKind, event: KeyboardEvent): void {
    const mod = event.metaKey || event.ctrlKey;
    const key = event.key.toLowerCase();
    if (mod && (key === 'z' || key === 'y')) {
      // The memo's undo, not the field's own: a caption is one more edit of the memo.
      event.preventDefault();
      const command = key === 'y' || event.shiftKey ? redo : undo;
      command(this.editorView.state, this.editorView.dispatch);
      return;
    }
    if (event.key === 'Enter' || event.key === 'Escape' || (event.key === 'Tab' && !mod)) {
      event.preventDefault();
      this.leaveField(kind === 'title' ? !event.shiftKey : event.shiftKey);
    }
  }

  /** Back into the table: its first cell from the title, its last from the source line. */
  private leaveField(intoStart: boolean): void {
    const pos = this.getPos();
    if (pos === undefined) return;
    const { state } = this.editorView;
    const inside = intoStart ? pos + 1 : pos + this.node.nodeSize - 1;
    const selection = Selection.near(state.doc.resolve(inside), intoStart ? 1 : -1);
    this.editorView.dispatch(state.tr.setSelection(selection).scrollIntoView());
    this.editorView.focus();
  }

  private syncFields(): void {
    for (const kind of ['title', 'source'] as const) {
      const value = String(this.node.attrs[kind] ?? '');
      const field = this.fields[kind];
      if (field.value !== value) field.value = value;
      field.parentElement?.classList.toggle('is-set', value.trim() !== '');
    }
  }
}
