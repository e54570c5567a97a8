import type { NodeViewRenderer } from '@tiptap/core';
import { plainAtomView, type AtomState } from '../plainAtomView';
import type { FootnoteOptions } from './footnoteOptions';

/**
 * A footnote marker: a superscript number (given by the footnote numbering decorations as
 * `data-number`), the note as its tooltip; a click opens the note. Plain DOM, like figures.
 */
export function footnoteView({ ui }: FootnoteOptions): NodeViewRenderer {
  return ({ node: initial, getPos }) => {
    const dom = document.createElement('sup');
    dom.dataset.testid = 'footnote';
    const atom: AtomState = { node: initial, selected: false };
    const render = (): void => {
      const text = String(atom.node.attrs.text ?? '');
      dom.className = `footnote${atom.selected ? ' footnote--selected' : ''}${text ? '' : ' footnote--empty'}`;
      dom.title = text || 'Empty footnote';
    };
    dom.addEventListener('click', () => {
      const pos = getPos();
      if (typeof pos === 'number') ui?.set({ footnoteEditor: { pos, isNew: false } });
    });
    render();
    return plainAtomView(dom, atom, { render });
  };
}
