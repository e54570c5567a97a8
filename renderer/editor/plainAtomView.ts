import type { NodeView } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';

/** What a plain-DOM atom's view draws from: its node now and whether it is selected. */
export interface AtomState {
  node: PMNode;
  selected: boolean;
}

/**
 * The NodeView of an inline atom drawn in plain DOM (a figure, a footnote marker): it takes
 * each new node of its type (`onNode` runs with the one before, then `render`), repaints when
 * selected or deselected, and ignores changes to its own DOM. `state` is the caller's, kept
 * current here, so everything the view draws reads the same node.
 */
export function plainAtomView(
  dom: HTMLElement,
  state: AtomState,
  {
    render,
    onNode,
    destroy,
  }: { render: () => void; onNode?: (previous: PMNode) => void; destroy?: () => void },
): NodeView {
  const select = (selected: boolean): void => {
    state.selected = selected;
    render();
  };
  return {
    dom,
    update(next) {
      if (next.type !== state.node.type) return false;
      if (next === state.node) return true;
      const previous = state.node;
      state.node = next;
      onNode?.(previous);
      render();
      return true;
    },
    selectNode: () => select(true),
    deselectNode: () => select(false),
    ignoreMutation: () => true,
    destroy,
  };
}
