import { useEffect, useState } from 'react';

/**
 * Below this window width side by side is not offered (a memo and the grid would each be too
 * narrow to read) and the memo page loses its wide margins. The one breakpoint: CSS follows
 * the `app-narrow` class the shell sets from it.
 */
export const NARROW_WINDOW_PX = 760;

/** True while the window is narrower than NARROW_WINDOW_PX. */
export function useNarrowWindow(): boolean {
  const query = `(max-width: ${NARROW_WINDOW_PX - 1}px)`;
  const [narrow, setNarrow] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const onChange = (): void => setNarrow(list.matches);
    onChange();
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, [query]);
  return narrow;
}
