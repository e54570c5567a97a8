import { useCallback, useRef, useState } from 'react';

/** An element's content width, kept current by a ResizeObserver; 0 until it is measured. */
export function useElementWidth<T extends HTMLElement>(): [(node: T | null) => void, number] {
  const [width, setWidth] = useState(0);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((node: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!node) return;
    const next = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    next.observe(node);
    observer.current = next;
  }, []);
  return [ref, width];
}
