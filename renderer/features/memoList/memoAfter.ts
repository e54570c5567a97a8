import type { MemoSummary } from '../../../shared/api/memoApi';

/** The memo to open when `id` leaves the list: the one below it, else the one above, else none. */
export function memoAfter(memos: readonly MemoSummary[], id: number): number | null {
  const at = memos.findIndex((memo) => memo.id === id);
  if (at < 0) return memos[0]?.id ?? null;
  return (memos[at + 1] ?? memos[at - 1])?.id ?? null;
}
