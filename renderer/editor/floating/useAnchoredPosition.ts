import { useLayoutEffect, useState, type CSSProperties, type RefObject } from 'react';

const GAP = 6;
const MARGIN = 8;

/**
 * Fixed-position style that puts a floating panel under its anchor (above it when there is no
 * room below), kept inside the window, and following the anchor as the page scrolls.
 */
export function useAnchoredPosition(
  anchor: () => DOMRect | null,
  panel: RefObject<HTMLElement | null>,
  deps: unknown[],
): CSSProperties {
  const [style, setStyle] = useState<CSSProperties>({
    position: 'fixed',
    opacity: 0,
    top: 0,
    left: 0,
  });
  useLayoutEffect(() => {
    const place = (): void => {
      const rect = anchor();
      const el = panel.current;
      if (!rect || !el) return;
      const width = el.offsetWidth;
      const height = el.offsetHeight;
      const below = rect.bottom + GAP;
      const fitsBelow = below + height + MARGIN <= window.innerHeight;
      const top = fitsBelow || rect.top - GAP - height < MARGIN ? below : rect.top - GAP - height;
      const left = Math.max(MARGIN, Math.min(rect.left, window.innerWidth - width - MARGIN));
      setStyle({ position: 'fixed', top, left });
    };
    place();
    window.addEventListener('resize', place);
    document.addEventListener('scroll', place, true);
    const observer = new ResizeObserver(place);
    if (panel.current) observer.observe(panel.current);
    return () => {
      window.removeEventListener('resize', place);
      document.removeEventListener('scroll', place, true);
      observer.disconnect();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return style;
}
