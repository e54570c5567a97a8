/** What a memo with an empty title is called wherever its title is shown (list, header, window, PDF). */
export const UNTITLED_MEMO = 'Untitled memo';

/** A memo's title as shown: its title block's text, or `UNTITLED_MEMO` when that is blank. */
export function shownTitle(title: string): string {
  return title.trim() || UNTITLED_MEMO;
}

/** Whether a title is blank, so shown as `UNTITLED_MEMO` (muted, in the app). */
export function isUntitled(title: string): boolean {
  return title.trim() === '';
}
