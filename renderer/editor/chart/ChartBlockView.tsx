import { useEffect, useMemo, useRef, useState } from 'react';
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { chartProblems } from '../../../shared/chart/chartProblems';
import { chartExpressionTexts, evaluateChartSpec } from '../../../shared/chart/evaluateChart';
import { layoutChart } from '../../../shared/chart/layoutChart';
import { parseChart } from '../../../shared/chart/parseChart';
import type { CalcBlockOptions } from '../calcBlock/calcBlockOptions';
import { chartYamlError, editChartYaml, type ChartEdit } from '../../../shared/chart/editChartYaml';
import { NEW_CHART_YAML } from './newChartYaml';
import { ChartForm } from './ChartForm';
import { ChartSvg } from './ChartSvg';

/** The PDF's column on A4, in points: the editor lays charts out at the width the PDF does. */
export const CHART_LAYOUT_WIDTH = 459.28;

/**
 * A chart block: the chart drawn from the live engine (it subscribes to its own expressions,
 * so a fact change redraws only the charts that read it), its errors drawn in place, and
 * below it either its form or its YAML (the form writes the YAML; the YAML is the one source).
 */
export function ChartBlockView({ node, extension, selected, editor, getPos }: ReactNodeViewProps) {
  const { calc } = extension.options as CalcBlockOptions;
  if (!calc) throw new Error('Chart block used without a calc store');
  const text = node.textContent;
  const parsed = useMemo(() => parseChart(text), [text]);
  const expressions = useMemo(() => chartExpressionTexts(parsed.spec), [parsed]);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const unsubscribe = expressions.map((expr) =>
      calc.subscribeFigure(expr, () => setVersion((v) => v + 1)),
    );
    return () => unsubscribe.forEach((u) => u());
  }, [calc, expressions]);
  const draws = useRef(0);
  const evaluated = useMemo(() => {
    void version; // a value the chart reads changed: evaluate again
    return evaluateChartSpec(parsed, calc);
  }, [parsed, calc, version]);
  const scene = useMemo(() => {
    draws.current += 1;
    return layoutChart(evaluated, CHART_LAYOUT_WIDTH);
  }, [evaluated]);
  const problems = useMemo(() => chartProblems(evaluated, 'chart').length, [evaluated]);
  // A new chart opens its form, a wrong one its YAML; otherwise the drawing alone.
  const [mode, setMode] = useState<'closed' | 'form' | 'yaml'>(
    text === '' || text === NEW_CHART_YAML ? 'form' : problems > 0 ? 'yaml' : 'closed',
  );
  const yamlError = useMemo(() => chartYamlError(text), [text]);
  const edit = (change: ChartEdit): void => {
    const pos = getPos();
    if (typeof pos !== 'number') return;
    const next = editChartYaml(text, change);
    if (next === text) return;
    const { state, view } = editor;
    const from = pos + 1;
    const to = from + node.content.size;
    const tr =
      next === ''
        ? state.tr.delete(from, to)
        : state.tr.replaceWith(from, to, state.schema.text(next));
    view.dispatch(tr);
  };
  const toggle = (to: 'form' | 'yaml') => setMode((m) => (m === to ? 'closed' : to));

  return (
    <NodeViewWrapper
      className={`chart-block${selected ? ' chart-block--selected' : ''}`}
      data-testid="chart-block"
      data-draws={draws.current}
      data-errors={problems}
    >
      <div className="chart-block__bar" contentEditable={false}>
        <span className="chart-block__label">Chart</span>
        <span className="chart-block__modes">
          {(['form', 'yaml'] as const).map((m) => (
            <button
              key={m}
              type="button"
              className="chart-block__toggle"
              aria-pressed={mode === m}
              onClick={() => toggle(m)}
            >
              {m === 'form' ? 'Form' : 'YAML'}
            </button>
          ))}
        </span>
      </div>
      <div className="chart-block__drawing" contentEditable={false}>
        <ChartSvg scene={scene} label={parsed.spec.title || 'Chart'} />
      </div>
      {mode === 'form' && (
        <div className="chart-block__form" contentEditable={false}>
          {yamlError ? (
            <p className="chart-form__problem" role="alert">
              The YAML does not read (line {yamlError.line}: {yamlError.message}): fix it in the
              YAML view and the form comes back.
            </p>
          ) : (
            <ChartForm spec={parsed.spec} chart={evaluated} calc={calc} onEdit={edit} />
          )}
        </div>
      )}
      <div className="chart-block__yaml" hidden={mode !== 'yaml'}>
        <NodeViewContent className="chart-block__code" spellCheck={false} />
      </div>
    </NodeViewWrapper>
  );
}
