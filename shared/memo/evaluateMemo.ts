import type { CalcValue, Engine, Fact } from '../calc/calcTypes';
import { createEngine } from '../calc/createEngine';
import { chartProblems } from '../chart/chartProblems';
import { chartExpressionTexts, evaluateChartSpec } from '../chart/evaluateChart';
import { parseChart } from '../chart/parseChart';
import { formatCalcValue } from '../format/formatCalcValue';
import { isValidFormat } from '../format/isValidFormat';
import { figuresOf } from './collectFigures';
import { calcBlockText, variablesOf } from './collectVariables';
import { figureSource } from './figureSource';
import type {
  EvaluatedFigure,
  EvaluatedMemoChart,
  EvaluatedVariable,
  MemoEvaluation,
  MemoProblem,
} from './memoEvaluation';
import type { Memo } from './memoTypes';
import { calcLinePlace } from './parseCalcBlock';
import { walkMemo } from './walkMemo';

/**
 * Computes every figure and variable of a memo over `facts`, through the calc engine, and
 * formats each figure exactly as the editor, the PDF and the command line show it. Problems
 * (figure and variable errors, blocked ones included, bad calc lines, unknown formats) come
 * in document order with their places. Pass `engine` to reuse a live one: `facts` are
 * upserted into it and its variables and figures replaced by the memo's.
 */
export function evaluateMemo(memo: Memo, facts: readonly Fact[], engine?: Engine): MemoEvaluation {
  const calc = engine ?? createEngine();
  const items = walkMemo(memo.doc);
  const collected = variablesOf(items);
  const figureList = figuresOf(items);
  calc.setFacts([...facts]);
  calc.setVariables(collected.variables);
  const chartItems = items.flatMap((item) => (item.kind === 'chart' ? [item] : []));
  const parsedCharts = chartItems.map((item) => parseChart(calcBlockText(item.node.content)));
  calc.setFigures([
    ...new Set([
      ...figureList.map((figure) => figure.expr),
      ...parsedCharts.flatMap((parsed) => chartExpressionTexts(parsed.spec)),
    ]),
  ]);

  const figures: EvaluatedFigure[] = figureList.map((figure) => {
    const value = calc.figureValue(figure.expr);
    return {
      index: figure.index,
      expr: figure.expr,
      format: figure.format,
      value,
      display: formatCalcValue(value, figure.format),
      place: figure.place,
    };
  });
  const variables: EvaluatedVariable[] = collected.variables.map((variable) => {
    const value: CalcValue = calc.variableValue(variable.name) ?? missing(variable.name);
    return {
      name: variable.name,
      expr: variable.expr,
      value,
      display: formatCalcValue(value),
      place: variable.where,
    };
  });

  const charts: EvaluatedMemoChart[] = chartItems.map((item, i) => ({
    index: i + 1,
    place: item.place,
    chart: evaluateChartSpec(parsedCharts[i]!, calc),
  }));

  const byPlace = new Map(variables.map((variable) => [variable.place, variable]));
  const problems: MemoProblem[] = [];
  let figureIndex = 0;
  let chartIndex = 0;
  for (const item of items) {
    if (item.kind === 'chart') {
      const chart = charts[chartIndex++];
      if (chart) problems.push(...chartProblems(chart.chart, chart.place));
      continue;
    }
    if (item.kind === 'figure') {
      const figure = figures[figureIndex++];
      if (figure) problems.push(...figureProblems(figure));
      continue;
    }
    const lines = collected.blocks[item.blockIndex] ?? [];
    for (const line of lines) {
      const place = calcLinePlace(item.blockIndex, line.line);
      if (line.kind === 'invalid')
        problems.push({ place, message: line.message ?? 'Invalid line.' });
      const variable = byPlace.get(place);
      if (variable && !variable.value.ok) {
        problems.push({ place, message: `${variable.name}: ${variable.value.error.message}` });
      }
    }
  }
  return { figures, variables, charts, problems, engine: calc };
}

function figureProblems(figure: EvaluatedFigure): MemoProblem[] {
  const source = figureSource(figure.expr, figure.format);
  const problems: MemoProblem[] = [];
  if (!figure.value.ok)
    problems.push({ place: figure.place, message: `${source}: ${figure.value.error.message}` });
  if (figure.format !== '' && !isValidFormat(figure.format)) {
    problems.push({
      place: figure.place,
      message: `${source}: unknown format "${figure.format}": use a preset (usd_billion, usd_bn, usd_m, pct0, pct1, x1, x2, bps, int) or an Excel number format such as 0.0%.`,
    });
  }
  return problems;
}

function missing(name: string): CalcValue {
  return {
    ok: false,
    error: { kind: 'unknown_name', message: `The engine has no variable "${name}".`, where: name },
  };
}
