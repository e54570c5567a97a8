import type { Memo } from './memoTypes';

/** A new memo: the title given, the rest of the title block empty, one empty paragraph. */
export function emptyMemo(title: string): Memo {
  return {
    meta: { title, author: '', date: '', subtitle: '' },
    doc: { type: 'doc', content: [{ type: 'paragraph' }] },
  };
}
