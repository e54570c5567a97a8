import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';

/** A page break as the writer sees it: a labelled rule across the page. */
export function PageBreakView({ selected }: ReactNodeViewProps) {
  return (
    <NodeViewWrapper
      className={`page-break${selected ? ' page-break--selected' : ''}`}
      data-testid="page-break"
      contentEditable={false}
    >
      <span className="page-break__label">Page break</span>
    </NodeViewWrapper>
  );
}
