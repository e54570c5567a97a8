import type { Editor } from '@tiptap/core';
import type { CalcStore } from '../calc/createCalcStore';
import type { EditorUi, EditorUiState } from './createEditorUi';
import { useEditorUi } from './useEditorUi';
import { FigurePopover } from './figure/FigurePopover';
import { ProvenanceCard } from './figure/ProvenanceCard';
import { LinkPopover } from './link/LinkPopover';
import { FootnotePopover } from './footnote/FootnotePopover';
import { SlashMenuView } from './slashMenu/SlashMenuView';
import { FindBar } from './find/FindBar';

const selectFigure = (s: EditorUiState) => s.figureEditor;
const selectLink = (s: EditorUiState) => s.linkEditor;
const selectFootnote = (s: EditorUiState) => s.footnoteEditor;
const selectSlash = (s: EditorUiState) => s.slashMenu;
const selectHover = (s: EditorUiState) => s.hover;
const selectFind = (s: EditorUiState) => s.find;

/** The editor's floating UI: popovers, the `/` menu, the provenance card and the find bar, one of each at most. */
export function EditorOverlays({
  editor,
  calc,
  ui,
}: {
  editor: Editor;
  calc: CalcStore;
  ui: EditorUi;
}) {
  const figure = useEditorUi(ui, selectFigure);
  const link = useEditorUi(ui, selectLink);
  const footnote = useEditorUi(ui, selectFootnote);
  const slash = useEditorUi(ui, selectSlash);
  const hover = useEditorUi(ui, selectHover);
  const find = useEditorUi(ui, selectFind);
  const editing = figure || link || footnote;
  return (
    <>
      {find && <FindBar editor={editor} ui={ui} replace={find.replace} opened={find.opened} />}
      {figure && (
        <FigurePopover
          key={figure.pos}
          editor={editor}
          calc={calc}
          ui={ui}
          pos={figure.pos}
          isNew={figure.isNew}
        />
      )}
      {link && <LinkPopover editor={editor} ui={ui} />}
      {footnote && (
        <FootnotePopover
          key={footnote.pos}
          editor={editor}
          ui={ui}
          pos={footnote.pos}
          isNew={footnote.isNew}
        />
      )}
      {slash && !editing && <SlashMenuView editor={editor} ui={ui} menu={slash} />}
      {hover && !editing && (
        <ProvenanceCard
          key={`${hover.expr}|${hover.format}`}
          calc={calc}
          ui={ui}
          expr={hover.expr}
          format={hover.format}
          anchor={hover.anchor}
        />
      )}
    </>
  );
}
