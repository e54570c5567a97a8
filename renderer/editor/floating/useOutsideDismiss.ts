import { useEffect, useRef, type RefObject } from 'react';

/** Calls `onDismiss` when the pointer goes down outside `panel` (the popover closes, like a menu). */
export function useOutsideDismiss(
  panel: RefObject<HTMLElement | null>,
  onDismiss: () => void,
): void {
  const latest = useRef(onDismiss);
  latest.current = onDismiss;
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (panel.current && event.target instanceof Node && !panel.current.contains(event.target))
        latest.current();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [panel]);
}
