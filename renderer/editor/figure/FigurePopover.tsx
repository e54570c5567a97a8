import { useEffect, useMemo, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import type { CalcStore } from '../../calc/createCalcStore';
import { figureDisplay } from '../../calc/figureDisplay';
import type { EditorUi } from '../createEditorUi';
import { useAnchoredPosition } from '../floating/useAnchoredPosition';
import { useOutsideDismiss } from '../floating/useOutsideDismiss';
import { ExpressionInput } from './ExpressionInput';
import { FormatInput } from './FormatInput';
import { formatProblem } from './formatProblem';
import { isValidFormat } from '../../../shared/format/isValidFormat';
import { figureKey, splitFigureKey } from '../../../shared/calc/figureKey';
import { ScenarioPicker } from './ScenarioPicker';

/**
 * The figure popover: the expression (with autocomplete), the format (a preset or an Excel
 * code) and a live preview. Enter applies, Escape cancels; a new figure left empty is removed.
 */
export function FigurePopover({
  editor,
  calc,
  ui,
  pos,
  isNew,
}: {
  editor: Editor;
  calc: CalcStore;
  ui: EditorUi;
  pos: number;
  isNew: boolean;
}) {
  const node = editor.state.doc.nodeAt(pos);
  const [expr, setExpr] = useState(String(node?.attrs.expr ?? ''));
  const [format, setFormat] = useState(String(node?.attrs.format ?? ''));
  const [scenario, setScenario] = useState(String(node?.attrs.scenario ?? ''));
  // `irr @bull` typed in the expression names the scenario too.
  const typed = splitFigureKey(expr.trim());
  const chosen = typed.scenario ?? scenario;
  const panel = useRef<HTMLDivElement>(null);
  const style = useAnchoredPosition(
    () => (editor.view.nodeDOM(pos) as HTMLElement | null)?.getBoundingClientRect() ?? null,
    panel,
    [pos],
  );
  const value = useMemo(
    () => (typed.expr === '' ? null : calc.engine.figureValue(figureKey(typed.expr, chosen))),
    [calc, typed.expr, chosen],
  );
  const preview = value ? figureDisplay(value, format.trim()) : '';

  const close = (): void => {
    ui.set({ figureEditor: null });
    editor.view.focus();
  };

  const apply = (): void => {
    const current = editor.state.doc.nodeAt(pos);
    if (!current || current.type.name !== 'figure') return close();
    if (typed.expr === '') return remove();
    const tr = editor.state.tr.setNodeMarkup(pos, undefined, {
      expr: typed.expr,
      format: format.trim(),
      scenario: chosen,
    });
    tr.setSelection(TextSelection.create(tr.doc, pos + current.nodeSize));
    editor.view.dispatch(tr);
    close();
  };

  const cancel = (): void => {
    const current = editor.state.doc.nodeAt(pos);
    if (isNew && current?.type.name === 'figure' && String(current.attrs.expr) === '')
      return remove();
    if (current)
      editor.view.dispatch(
        editor.state.tr.setSelection(
          TextSelection.create(editor.state.doc, pos + current.nodeSize),
        ),
      );
    close();
  };

  const remove = (): void => {
    const current = editor.state.doc.nodeAt(pos);
    if (current?.type.name === 'figure') {
      const tr = editor.state.tr.delete(pos, pos + current.nodeSize);
      tr.setSelection(TextSelection.create(tr.doc, pos));
      // The marks the figure took (bold typed before it) go on to what is typed next.
      if (current.marks.length > 0) tr.setStoredMarks(current.marks);
      editor.view.dispatch(tr);
    }
    close();
  };

  useOutsideDismiss(panel, () => cancel());
  // A new figure being typed is not an error in the status line until its popover closes.
  useEffect(() => {
    if (!isNew) return;
    calc.setTypingFigure(true);
    return () => calc.setTypingFigure(false);
  }, [calc, isNew]);
  return (
    <div
      ref={panel}
      className="popover figure-popover"
      style={style}
      role="dialog"
      aria-label={isNew ? 'Insert figure' : 'Edit figure'}
      data-testid="figure-popover"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault();
          cancel();
        }
      }}
    >
      <ExpressionInput value={expr} onChange={setExpr} onSubmit={apply} calc={calc} />
      <div className="figure-popover__row">
        <FormatInput value={format} onChange={setFormat} onSubmit={apply} sample={value} />
        <ScenarioPicker
          calc={calc}
          value={chosen}
          onChange={(next) => {
            setScenario(next);
            if (typed.scenario !== null) setExpr(typed.expr);
          }}
        />
      </div>
      <div className="figure-popover__preview" aria-live="polite">
        <span className="popover__label">Preview</span>
        {value === null ? (
          <span className="figure-popover__placeholder">
            Type an expression, e.g. AMZN.capex.FY2025
          </span>
        ) : value.ok && !isValidFormat(format) ? (
          <span className="figure-popover__error" data-testid="figure-preview-error">
            {formatProblem(format.trim())}
          </span>
        ) : value.ok ? (
          <span className="figure-popover__value" data-testid="figure-preview">
            {preview}
          </span>
        ) : (
          <span className="figure-popover__error" data-testid="figure-preview-error">
            {value.error.message}
          </span>
        )}
      </div>
      <div className="popover__actions">
        {!isNew && (
          <button type="button" className="button button-quiet button-danger" onClick={remove}>
            Remove
          </button>
        )}
        <span className="popover__spacer" />
        <button type="button" className="button button-quiet" onClick={cancel}>
          Cancel
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={apply}
          data-testid="figure-apply"
        >
          {isNew ? 'Insert' : 'Update'}
        </button>
      </div>
    </div>
  );
}
