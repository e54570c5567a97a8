import type { Node as PMNode } from '@tiptap/pm/model';
import type { BlockNode, DocNode } from '../../shared/memo/memoTypes';
import { toMemoDoc } from './toMemoDoc';

/**
 * Reads the editor's document as the memo model, converting only the top-level blocks that
 * changed since the last read (ProseMirror nodes are immutable: an untouched block is the same
 * object), so an autosave of a 30-page memo costs what was edited, not the whole memo.
 */
export function createMemoDocReader(): (doc: PMNode) => DocNode {
  const cache = new WeakMap<PMNode, BlockNode[]>();
  return (doc) => {
    const content: BlockNode[] = [];
    doc.forEach((child) => {
      let blocks = cache.get(child);
      if (!blocks) {
        blocks = toMemoDoc({
          type: 'doc',
          content: [child.toJSON() as Record<string, unknown>],
        }).content;
        cache.set(child, blocks);
      }
      content.push(...blocks);
    });
    return { type: 'doc', content };
  };
}
