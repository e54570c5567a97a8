/** Which floating piece of editor UI is open, shared by the TipTap extensions and the React layer. */
export interface EditorUiState {
  /** The figure popover, for the figure at `pos`; `isNew` removes an empty figure on cancel. */
  figureEditor: { pos: number; isNew: boolean } | null;
  /** The link popover, for the current selection. */
  linkEditor: boolean;
  /** The footnote popover, for the footnote at `pos`. */
  footnoteEditor: { pos: number; isNew: boolean } | null;
  /** The `/` command menu: the typed range `/query` and the highlighted item. */
  slashMenu: { from: number; to: number; query: string; index: number } | null;
  /** The hover card of a figure (provenance) or footnote. */
  /** For a figure, `expr` is its engine key (`irr` or `irr @bull`). */
  hover: { kind: 'figure'; expr: string; format: string; anchor: HTMLElement } | null;
  /** The find bar, with the Replace row when `replace`; `opened` refocuses it on each Mod-F. */
  find: { replace: boolean; opened: number } | null;
}

export interface EditorUi {
  get(): EditorUiState;
  set(patch: Partial<EditorUiState>): void;
  subscribe(listener: () => void): () => void;
}

const CLOSED: EditorUiState = {
  figureEditor: null,
  linkEditor: false,
  footnoteEditor: null,
  slashMenu: null,
  hover: null,
  find: null,
};

/** A tiny store: extensions open and close popovers through it, React renders them. */
export function createEditorUi(): EditorUi {
  let state = CLOSED;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(patch) {
      const next = { ...state, ...patch };
      const changed = (Object.keys(patch) as (keyof EditorUiState)[]).some(
        (k) => next[k] !== state[k],
      );
      if (!changed) return;
      state = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
