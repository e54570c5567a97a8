import { useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import type { ShellLayout } from './shellLayout';

const KEY = 'tickmark.splitRatio';
const DEFAULT_RATIO = 0.55;
const MIN = 0.3;
const MAX = 0.75;

/**
 * The workspace's panes: the memo, the data browser, or both with a splitter between them
 * (drag it, or focus it and use the arrow keys; double-click resets). The ratio is remembered.
 */
export function SplitPanes({
  layout,
  memo,
  data,
}: {
  layout: ShellLayout;
  memo: ReactNode;
  data: ReactNode;
}) {
  const [ratio, setRatio] = useState(readRatio);
  const body = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);

  const update = (next: number): void => {
    const clamped = Math.min(MAX, Math.max(MIN, next));
    setRatio(clamped);
    try {
      window.localStorage.setItem(KEY, String(clamped));
    } catch {
      // Storage can be unavailable (private windows): the ratio then lasts for the session.
    }
  };

  const onPointerMove = (event: PointerEvent<HTMLDivElement>): void => {
    const rect = body.current?.getBoundingClientRect();
    if (!dragging.current || !rect || rect.width === 0) return;
    update((event.clientX - rect.left) / rect.width);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const step = event.key === 'ArrowLeft' ? -0.05 : event.key === 'ArrowRight' ? 0.05 : 0;
    if (step !== 0) {
      event.preventDefault();
      update(ratio + step);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      update(event.key === 'Home' ? MIN : MAX);
    }
  };

  const split = layout === 'split';
  return (
    <div ref={body} className={`workspace-body${split ? ' split' : ''}`}>
      {layout !== 'data' && (
        <div
          className="pane pane-memo"
          data-testid="memo-pane"
          style={split ? { flex: `${ratio} 1 0` } : undefined}
        >
          {memo}
        </div>
      )}
      {split && (
        <div
          className="splitter"
          role="separator"
          aria-orientation="vertical"
          aria-label="Resize the memo and the data browser"
          aria-valuemin={MIN * 100}
          aria-valuemax={MAX * 100}
          aria-valuenow={Math.round(ratio * 100)}
          tabIndex={0}
          onPointerDown={(event) => {
            dragging.current = true;
            event.currentTarget.setPointerCapture(event.pointerId);
          }}
          onPointerMove={onPointerMove}
          onPointerUp={() => (dragging.current = false)}
          onDoubleClick={() => update(DEFAULT_RATIO)}
          onKeyDown={onKeyDown}
        />
      )}
      {layout !== 'memo' && (
        <div
          className="pane pane-data"
          data-testid="data-pane"
          style={split ? { flex: `${1 - ratio} 1 0` } : undefined}
        >
          {data}
        </div>
      )}
    </div>
  );
}

function readRatio(): number {
  try {
    const stored = Number(window.localStorage.getItem(KEY));
    return stored >= MIN && stored <= MAX ? stored : DEFAULT_RATIO;
  } catch {
    return DEFAULT_RATIO;
  }
}
