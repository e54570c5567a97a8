import { CliError } from '../cliError';
import type { CommandSpec } from '../commandSpec';

export const checkCommand: CommandSpec = {
  name: 'check',
  usage: 'tickmark check WS MEMO [--scenario S]',
  summary:
    'List each figure and calc-block error of a memo (in scenario S, if given) with its place; exit 1 if there is any.',
  positionals: ['WS', 'MEMO'],
  options: {
    scenario: { type: 'string', help: 'check the memo in scenario S (default: the base case)' },
  },
  async run({ positionals: [ws, memoRef], options, out }) {
    const { evaluateMemo } = await import('../../../shared/memo/evaluateMemo');
    const { allFacts } = await import('../../backend/facts/factQueries');
    const { findMemo } = await import('../../backend/memos/memoQueries');
    const { withWorkspace } = await import('../openExistingWorkspace');
    const { evaluationScenarios } = await import('../../backend/scenarios/evaluationScenarios');
    const scenario = typeof options.scenario === 'string' ? options.scenario.trim() : '';
    const { title, evaluation } = await withWorkspace(
      ws!,
      ({ db }) => {
        const record = findMemo(db, memoRef!);
        const cases = evaluationScenarios(db, scenario);
        return {
          title: record.title,
          evaluation: evaluateMemo(record.memo, allFacts(db).facts, cases),
        };
      },
      { readOnly: true },
    );
    const { problems, figures, variables } = evaluation;
    const inScenario = scenario ? ` (scenario ${scenario})` : '';
    for (const problem of problems) out(`${problem.place}: ${problem.message}`);
    if (problems.length > 0) {
      throw new CliError(
        `${problems.length} error${problems.length === 1 ? '' : 's'} in memo "${title}"${inScenario}.`,
      );
    }
    out(
      `No errors in memo "${title}"${inScenario}: ${figures.length} figures, ${variables.length} variables.`,
    );
    return 0;
  },
};
