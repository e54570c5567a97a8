import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useFigureValue } from '../../calc/useFigureValue';
import { figureDisplay } from '../../calc/figureDisplay';
import { hoverEnter, hoverLeave } from '../hoverIntent';
import type { FigureOptions } from './figureNode';

/**
 * A figure in the text: its formatted value, live. Re-renders only when its own expression's
 * value changes (one subscription per figure, keyed by expression).
 */
export function FigureView({ node, extension, getPos, selected }: ReactNodeViewProps) {
  const { calc, ui } = extension.options as FigureOptions;
  const expr = String(node.attrs.expr ?? '');
  const format = String(node.attrs.format ?? '');
  if (!calc || !ui) throw new Error('Figure node used without a calc store');
  const value = useFigureValue(calc, expr);
  const empty = expr.trim() === '';
  const text = empty ? 'figure' : figureDisplay(value, format);
  const state = empty
    ? 'empty'
    : value.ok
      ? 'ok'
      : value.error.kind === 'blocked'
        ? 'blocked'
        : 'error';
  const message = !empty && !value.ok ? value.error.message : undefined;

  return (
    <NodeViewWrapper
      as="span"
      className={`figure figure--${state}${selected ? ' figure--selected' : ''}`}
      data-testid="figure"
      data-expr={expr}
      data-state={state}
      aria-label={message ? `${text}: ${message}` : undefined}
      onClick={() => {
        const pos = getPos();
        if (typeof pos === 'number') ui.set({ figureEditor: { pos, isNew: false }, hover: null });
      }}
      onMouseEnter={(event: React.MouseEvent<HTMLElement>) =>
        empty
          ? undefined
          : hoverEnter(ui, { kind: 'figure', expr, format, anchor: event.currentTarget })
      }
      onMouseLeave={() => hoverLeave(ui)}
    >
      {text}
    </NodeViewWrapper>
  );
}
