import { useEffect, useMemo, useRef, useState } from 'react';
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { chartProblems } from '../../../shared/chart/chartProblems';
import { chartExpressionTexts, evaluateChartSpec } from '../../../shared/chart/evaluateChart';
import { layoutChart } from '../../../shared/chart/layoutChart';
import { parseChart } from '../../../shared/chart/parseChart';
import type { CalcBlockOptions } from '../calcBlock/calcBlockOptions';
import { NEW_CHART_YAML } from './newChartYaml';
import { ChartSvg } from './ChartSvg';

/** The PDF's column on A4, in points: the editor lays charts out at the width the PDF does. */
export const CHART_LAYOUT_WIDTH = 459.28;

/**
 * A chart block: the chart drawn from the live engine (it subscribes to its own expressions,
 * so a fact change redraws only the charts that read it), its errors drawn in place, and its
 * YAML below, shown while editing.
 */
export function ChartBlockView({ node, extension, selected }: ReactNodeViewProps) {
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
  // Open while new or wrong; otherwise the drawing alone, the YAML a click away.
  const [open, setOpen] = useState(text === '' || text === NEW_CHART_YAML || problems > 0);

  return (
    <NodeViewWrapper
      className={`chart-block${selected ? ' chart-block--selected' : ''}`}
      data-testid="chart-block"
      data-draws={draws.current}
      data-errors={problems}
    >
      <div className="chart-block__bar" contentEditable={false}>
        <span className="chart-block__label">Chart</span>
        <button
          type="button"
          className="chart-block__toggle"
          aria-expanded={open}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? 'Hide YAML' : 'Edit YAML'}
        </button>
      </div>
      <div className="chart-block__drawing" contentEditable={false}>
        <ChartSvg scene={scene} label={parsed.spec.title || 'Chart'} />
      </div>
      <div className="chart-block__yaml" hidden={!open}>
        <NodeViewContent className="chart-block__code" spellCheck={false} />
      </div>
    </NodeViewWrapper>
  );
}
