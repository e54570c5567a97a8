import type { NodeViewRenderer } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { FootnoteOptions } from './footnoteOptions';

/**
 * A footnote marker: a superscript number (given by the footnote numbering decorations as
 * `data-number`), the note as its tooltip; a click opens the note. Plain DOM, like figures.
 */
export function footnoteView({ ui }: FootnoteOptions): NodeViewRenderer {
  return ({ node: initial, getPos }) => {
    const dom = document.createElement('sup');
    dom.dataset.testid = 'footnote';
    let node: PMNode = initial;
    let selected = false;
    const render = (): void => {
      const text = String(node.attrs.text ?? '');
      dom.className = `footnote${selected ? ' footnote--selected' : ''}${text ? '' : ' footnote--empty'}`;
      dom.title = text || 'Empty footnote';
    };
    dom.addEventListener('click', () => {
      const pos = getPos();
      if (typeof pos === 'number') ui?.set({ footnoteEditor: { pos, isNew: false } });
    });
    render();
    return {
      dom,
      update(next) {
        if (next.type !== node.type) return false;
        node = next;
        render();
        return true;
      },
      selectNode() {
        selected = true;
        render();
      },
      deselectNode() {
        selected = false;
        render();
      },
      ignoreMutation: () => true,
    };
  };
}
