import type { EditorUi } from '../createEditorUi';

/** What a footnote node needs from the editor around it. */
export interface FootnoteOptions {
  ui: EditorUi | null;
}
