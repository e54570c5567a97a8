import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import type { FootnoteOptions } from './footnoteNode';

/** A footnote marker: a superscript number (a CSS counter) with the note as its tooltip. */
export function FootnoteView({ node, extension, getPos, selected }: ReactNodeViewProps) {
  const { ui } = extension.options as FootnoteOptions;
  const text = String(node.attrs.text ?? '');
  return (
    <NodeViewWrapper
      as="sup"
      className={`footnote${selected ? ' footnote--selected' : ''}${text ? '' : ' footnote--empty'}`}
      data-testid="footnote"
      title={text || 'Empty footnote'}
      onClick={() => {
        const pos = getPos();
        if (typeof pos === 'number') ui?.set({ footnoteEditor: { pos, isNew: false } });
      }}
    />
  );
}
