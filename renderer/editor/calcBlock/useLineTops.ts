import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The top of each line of a calc block's text, in pixels from the top of its text box, as
 * laid out (a long line wraps onto several rows): each line's value is drawn beside the
 * line's first row. Re-measured when the text changes or the box is resized.
 */
export function useLineTops(box: RefObject<HTMLElement | null>, text: string): number[] {
  const [tops, setTops] = useState<number[]>([]);
  useLayoutEffect(() => {
    const root = box.current?.querySelector<HTMLElement>('[data-node-view-content]');
    if (!root) return;
    const measure = (): void => {
      const next = measureLineTops(root, text);
      setTops((prev) =>
        prev.length === next.length && prev.every((t, i) => t === next[i]) ? prev : next,
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(root);
    return () => observer.disconnect();
  }, [box, text]);
  return tops;
}

function measureLineTops(root: HTMLElement, text: string): number[] {
  const origin =
    root.getBoundingClientRect().top + parseFloat(getComputedStyle(root).paddingTop || '0');
  const lineHeight = parseFloat(getComputedStyle(root).lineHeight) || 22;
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: { node: Text; start: number }[] = [];
  let offset = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    nodes.push({ node: t, start: offset });
    offset += t.data.length;
  }
  const tops: number[] = [];
  for (const [line, start] of starts.entries()) {
    const previous = line > 0 ? tops[line - 1]! + lineHeight : 0;
    const hit = nodes.find(({ node, start: s }) => start >= s && start < s + node.data.length);
    const lineEnd = starts[line + 1] !== undefined ? starts[line + 1]! - 1 : text.length;
    if (!hit || start === lineEnd) {
      tops.push(previous);
      continue;
    }
    const range = document.createRange();
    range.setStart(hit.node, start - hit.start);
    range.setEnd(hit.node, start - hit.start + 1);
    const rect = range.getClientRects()[0];
    // Rows are all one line-height tall: the row a glyph sits in gives the row's top.
    const row = rect ? Math.floor((rect.top - origin + 0.5) / lineHeight) * lineHeight : previous;
    tops.push(Math.max(previous, row));
  }
  return tops;
}
