import { useCallback, useState } from 'react';

/**
 * A choice of the shell kept in localStorage (the layout, the sidebar), read once at start.
 * `parse` returns null for a stored value that is no longer valid, which falls back to `initial`.
 */
export function useStoredChoice<T>(
  key: string,
  initial: T,
  parse: (stored: string) => T | null,
): [T, (next: T) => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const stored = window.localStorage.getItem(key);
      return (stored !== null ? parse(stored) : null) ?? initial;
    } catch {
      return initial;
    }
  });
  const set = useCallback(
    (next: T): void => {
      setValue(next);
      try {
        window.localStorage.setItem(key, String(next));
      } catch {
        // Storage can be unavailable (private windows): the choice then lasts for the session.
      }
    },
    [key],
  );
  return [value, set];
}
