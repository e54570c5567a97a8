import { isUntitled, shownTitle } from '../../../shared/memo/shownTitle';

/** A memo's title in a list: its text, or “Untitled memo” (muted, italic) when it is blank. */
export function MemoTitle({ title }: { title: string }) {
  return (
    <span className={`memo-title${isUntitled(title) ? ' memo-title--untitled' : ''}`}>
      {shownTitle(title)}
    </span>
  );
}
