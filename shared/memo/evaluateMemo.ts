import type { CalcValue, Engine, Fact } from '../calc/calcTypes';
import {
  createScenarioEngine,
  type ScenarioEngine,
  type ScenarioInput,
} from '../calc/createScenarioEngine';
import { chartProblems } from '../chart/chartProblems';
import { chartExpressionTexts, evaluateChartSpec } from '../chart/evaluateChart';
import { parseChart } from '../chart/parseChart';
import { formatCalcValue } from '../format/formatCalcValue';
import { checkFormat } from '../format/checkFormat';
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

export interface EvaluateMemoOptions {
  /** Every scenario with its overrides (CALC.md section 6); figures naming another are errors. */
  scenarios?: ScenarioInput[];
  /** The scenario the memo is shown in ('' the base case, the default). */
  scenario?: string;
  /** A live engine to reuse: `facts` are upserted into it, its variables and figures replaced. */
  engine?: Engine | ScenarioEngine;
}

/**
 * Computes every figure and variable of a memo over `facts` (the base case) and the
 * scenarios' overrides, through the calc engine, and formats each figure exactly as the
 * editor, the PDF and the command line show it. Problems (figure and variable errors, blocked
 * ones included, bad calc lines, unknown formats) come in document order with their places.
 * A plain `Engine` (the third argument, as before scenarios) is reused as it is.
 */
export function evaluateMemo(
  memo: Memo,
  facts: readonly Fact[],
  options: EvaluateMemoOptions | Engine = {},
): MemoEvaluation {
  const { engine, scenarios, scenario = '' } = isEngine(options) ? { engine: options } : options;
  const calc = engine ?? createScenarioEngine();
  const items = walkMemo(memo.doc);
  const collected = variablesOf(items);
  const figureList = figuresOf(items);
  calc.setFacts([...facts]);
  if (isScenarioEngine(calc)) {
    if (scenarios) calc.setScenarios(scenarios);
    calc.showScenario(scenario);
  }
  calc.setVariables(collected.variables);
  const chartItems = items.flatMap((item) => (item.kind === 'chart' ? [item] : []));
  const parsedCharts = chartItems.map((item) => parseChart(calcBlockText(item.node.content)));
  calc.setFigures([
    ...new Set([
      ...figureList.map((figure) => figure.key),
      ...parsedCharts.flatMap((parsed) => chartExpressionTexts(parsed.spec)),
    ]),
  ]);

  const figures: EvaluatedFigure[] = figureList.map((figure) => {
    const value = calc.figureValue(figure.key);
    const evaluated: EvaluatedFigure = {
      index: figure.index,
      expr: figure.expr,
      format: figure.format,
      value,
      display: formatCalcValue(value, figure.format),
      place: figure.place,
      path: figure.path,
    };
    if (figure.scenario) evaluated.scenario = figure.scenario;
    return evaluated;
  });
  const lineAt = new Map(
    collected.blocks.flatMap((lines, blockIndex) =>
      lines.map((line) => [calcLinePlace(blockIndex, line.line), line] as const),
    ),
  );
  const variables: EvaluatedVariable[] = collected.variables.map((variable) => {
    const value: CalcValue = calc.variableValue(variable.name) ?? missing(variable.name);
    const line = lineAt.get(variable.where);
    const format = line?.format ?? '';
    return {
      name: variable.name,
      expr: variable.expr,
      format,
      label: line?.label ?? '',
      value,
      display: formatCalcValue(value, format),
      place: variable.where,
    };
  });

  const charts: EvaluatedMemoChart[] = chartItems.map((item, i) => ({
    index: i + 1,
    place: item.place,
    path: item.path,
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
      const formatProblem = variable ? checkFormat(variable.format) : null;
      if (variable && formatProblem) {
        problems.push({
          place,
          message: `${variable.name}: ${formatProblem.message}`,
          code: formatProblem.code,
        });
      }
    }
  }
  return { figures, variables, charts, problems, engine: calc, scenario };
}

function isEngine(value: EvaluateMemoOptions | Engine): value is Engine {
  return 'setFigures' in value;
}

function isScenarioEngine(engine: Engine): engine is ScenarioEngine {
  return 'showScenario' in engine;
}

function figureProblems(figure: EvaluatedFigure): MemoProblem[] {
  const source = figureSource(figure.expr, figure.format, figure.scenario);
  const problems: MemoProblem[] = [];
  if (!figure.value.ok)
    problems.push({ place: figure.place, message: `${source}: ${figure.value.error.message}` });
  const formatProblem = checkFormat(figure.format);
  if (formatProblem) {
    problems.push({
      place: figure.place,
      message: `${source}: ${formatProblem.message}`,
      code: formatProblem.code,
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
