import { useEffect, useLayoutEffect, useRef } from 'react';
import { matchesShortcut, type ShortcutSpec } from './shortcut';

export interface ShortcutBinding {
  keys: ShortcutSpec | ShortcutSpec[];
  run: () => void;
  /** When false the shortcut is ignored (and the key goes on to the page). */
  enabled?: boolean;
}

export const IS_MAC =
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Window-level shortcuts; the latest `bindings` are used without re-subscribing. */
export function useShortcuts(bindings: ShortcutBinding[]): void {
  const latest = useRef(bindings);
  useLayoutEffect(() => {
    latest.current = bindings;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing) return;
      for (const binding of latest.current) {
        if (binding.enabled === false) continue;
        const specs = Array.isArray(binding.keys) ? binding.keys : [binding.keys];
        if (specs.some((spec) => matchesShortcut(event, spec, IS_MAC))) {
          event.preventDefault();
          binding.run();
          return;
        }
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
