import { CliError } from '../cliError';
import type { CommandSpec } from '../commandSpec';

export const evalCommand: CommandSpec = {
  name: 'eval',
  usage: "tickmark eval WS 'EXPR' [--format F] [--memo MEMO] [--scenario S]",
  summary:
    "Print an expression's value, formatted (by F; a memo variable by its calc line's format; else by its unit's default). Memo variables come from --memo, or from the workspace's only memo. --scenario S evaluates under S ('EXPR @S' too).",
  positionals: ['WS', 'EXPR'],
  options: {
    format: {
      type: 'string',
      help: 'a preset (usd_billion, pct1, x1, ...) or an Excel code ("0.0%")',
    },
    memo: {
      type: 'string',
      help: 'the memo (id or exact title) whose calc-block variables the expression may use',
    },
    scenario: { type: 'string', help: 'evaluate under scenario S (default: the base case)' },
  },
  async run({ positionals: [ws, expr], options, out }) {
    const { createScenarioEngine } = await import('../../../shared/calc/createScenarioEngine');
    const { formatCalcValue } = await import('../../../shared/format/formatCalcValue');
    const { checkFormat } = await import('../../../shared/format/checkFormat');
    const { evaluateMemo } = await import('../../../shared/memo/evaluateMemo');
    const { withWorkspace } = await import('../openExistingWorkspace');
    const { loadMemoContext } = await import('../loadMemoContext');
    const format = typeof options.format === 'string' ? options.format : '';
    const formatProblem = checkFormat(format);
    if (formatProblem) throw new CliError(formatProblem.message);
    const { value, lineFormat } = await withWorkspace(
      ws!,
      ({ db }) => {
        const { facts, memo, scenarios, scenario } = loadMemoContext(
          db,
          typeof options.memo === 'string' ? options.memo : undefined,
          typeof options.scenario === 'string' ? options.scenario.trim() : '',
        );
        if (!memo) {
          const engine = createScenarioEngine();
          engine.setFacts(facts);
          engine.setScenarios(scenarios);
          engine.showScenario(scenario);
          return { value: engine.figureValue(expr!), lineFormat: '' };
        }
        const evaluation = evaluateMemo(memo, facts, { scenarios, scenario });
        // A memo variable shows in its calc line's format (`name = expr | format`) unless --format.
        const variable = evaluation.variables.find((v) => v.name === expr!.trim());
        return {
          value: evaluation.engine.figureValue(expr!),
          lineFormat: variable?.format ?? '',
        };
      },
      { readOnly: true },
    );
    if (!value.ok) throw new CliError(value.error.message);
    const shown = format || lineFormat;
    const lineProblem = checkFormat(shown);
    if (lineProblem) throw new CliError(`${expr!.trim()}: ${lineProblem.message}`);
    out(formatCalcValue(value, shown));
    return 0;
  },
};
