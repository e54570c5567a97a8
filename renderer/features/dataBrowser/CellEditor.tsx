import { useEffect, useRef, type KeyboardEvent } from 'react';

export interface CellEdit {
  factId: number;
  col: number;
  text: string;
  /** Select the text on open (Enter, F2, double-click) or put the caret after it (typing). */
  selectAll: boolean;
  error: string | null;
  saving: boolean;
}

/**
 * The input that replaces a cell while it is edited. Enter commits, Escape cancels,
 * Tab commits and moves on; an error stays under the cell until the text is fixed.
 */
export function CellEditor({
  edit,
  label,
  align,
  onChange,
  onCommit,
  onCancel,
  onTab,
}: {
  edit: CellEdit;
  label: string;
  align: 'left' | 'right';
  onChange: (text: string) => void;
  onCommit: () => void;
  onCancel: () => void;
  onTab: (back: boolean) => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  const errorId = `cell-error-${edit.factId}-${edit.col}`;

  useEffect(() => {
    const input = ref.current;
    if (!input) return;
    input.focus({ preventScroll: true });
    if (edit.selectAll) input.select();
    else input.setSelectionRange(input.value.length, input.value.length);
    // Only on open: later renders must not move the caret.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.nativeEvent.isComposing) return;
    // Only the keys the editor answers stop here; app shortcuts (Ctrl+N, ...) still reach the window.
    if (event.key === 'Enter') {
      event.preventDefault();
      event.stopPropagation();
      onCommit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Tab') {
      event.preventDefault();
      event.stopPropagation();
      onTab(event.shiftKey);
    }
  };

  return (
    <div className="cell-editor">
      <input
        ref={ref}
        className={`cell-input${align === 'right' ? ' cell-input-right' : ''}`}
        value={edit.text}
        aria-label={label}
        aria-invalid={edit.error ? true : undefined}
        aria-describedby={edit.error ? errorId : undefined}
        readOnly={edit.saving}
        spellCheck={false}
        autoComplete="off"
        data-testid="cell-input"
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {edit.error && (
        <div
          id={errorId}
          className={`cell-error${align === 'right' ? ' cell-error-right' : ''}`}
          role="alert"
          data-testid="cell-error"
        >
          {edit.error}
        </div>
      )}
    </div>
  );
}
