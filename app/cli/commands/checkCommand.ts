import { CliError } from '../cliError';
import type { CommandSpec } from '../commandSpec';

export const checkCommand: CommandSpec = {
  name: 'check',
  usage: 'tickmark check WS MEMO',
  summary:
    'List each figure, calc-block and chart error of a memo with its place; exit 1 if there is any.',
  positionals: ['WS', 'MEMO'],
  async run({ positionals: [ws, memoRef], out }) {
    const { evaluateMemo } = await import('../../../shared/memo/evaluateMemo');
    const { allFacts } = await import('../../backend/facts/factQueries');
    const { findMemo } = await import('../../backend/memos/memoQueries');
    const { withWorkspace } = await import('../openExistingWorkspace');
    const { title, evaluation } = await withWorkspace(
      ws!,
      ({ db }) => {
        const record = findMemo(db, memoRef!);
        return { title: record.title, evaluation: evaluateMemo(record.memo, allFacts(db).facts) };
      },
      { readOnly: true },
    );
    const { problems, figures, variables, charts } = evaluation;
    for (const problem of problems) out(`${problem.place}: ${problem.message}`);
    if (problems.length > 0) {
      throw new CliError(
        `${problems.length} error${problems.length === 1 ? '' : 's'} in memo "${title}".`,
      );
    }
    const chartCount =
      charts.length === 0 ? '' : `, ${charts.length} chart${charts.length === 1 ? '' : 's'}`;
    out(
      `No errors in memo "${title}": ${figures.length} figures, ${variables.length} variables${chartCount}.`,
    );
    return 0;
  },
};
