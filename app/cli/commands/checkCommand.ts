import { CliError } from '../cliError';
import type { CommandSpec } from '../commandSpec';

export const checkCommand: CommandSpec = {
  name: 'check',
  usage: 'tickmark check WS MEMO [--scenario S] [--strict] [--stale-days N]',
  summary:
    'List each figure, calc-block and chart error of a memo (in scenario S, if given) with its place, then each warning (words against numbers, stale facts) as a "warning:" line; exit 1 if there is any error (or, with --strict, any warning).',
  positionals: ['WS', 'MEMO'],
  options: {
    scenario: { type: 'string', help: 'check the memo in scenario S (default: the base case)' },
    strict: { type: 'boolean', help: 'exit 1 on any warning too' },
    'stale-days': {
      type: 'string',
      help: 'a fact older than N days before the memo date is stale (default 365)',
    },
  },
  async run({ positionals: [ws, memoRef], options, out }) {
    const { evaluateMemo } = await import('../../../shared/memo/evaluateMemo');
    const { memoWarnings } = await import('../../../shared/checks/memoWarnings');
    const { DEFAULT_STALE_DAYS } = await import('../../../shared/checks/memoWarning');
    const { allFacts } = await import('../../backend/facts/factQueries');
    const { findMemo } = await import('../../backend/memos/memoQueries');
    const { withWorkspace } = await import('../openExistingWorkspace');
    const { evaluationScenarios } = await import('../../backend/scenarios/evaluationScenarios');
    const scenario = typeof options.scenario === 'string' ? options.scenario.trim() : '';
    const staleDays = readStaleDays(options['stale-days'], DEFAULT_STALE_DAYS);
    const { title, evaluation, warnings } = await withWorkspace(
      ws!,
      ({ db }) => {
        const record = findMemo(db, memoRef!);
        const cases = evaluationScenarios(db, scenario);
        const evaluation = evaluateMemo(record.memo, allFacts(db).facts, cases);
        return {
          title: record.title,
          evaluation,
          warnings: memoWarnings(record.memo, evaluation, { staleDays }),
        };
      },
      { readOnly: true },
    );
    const { problems, figures, variables, charts } = evaluation;
    const inScenario = scenario ? ` (scenario ${scenario})` : '';
    for (const problem of problems) out(`${problem.place}: ${problem.message}`);
    for (const warning of warnings) out(`warning: ${warning.place}: ${warning.message}`);
    const warned = `${warnings.length} warning${warnings.length === 1 ? '' : 's'}`;
    if (problems.length > 0) {
      throw new CliError(
        `${problems.length} error${problems.length === 1 ? '' : 's'} in memo "${title}"${inScenario}${warnings.length > 0 ? ` (and ${warned})` : ''}.`,
      );
    }
    if (options.strict === true && warnings.length > 0)
      throw new CliError(`${warned} in memo "${title}"${inScenario} (--strict).`);
    const chartCount =
      charts.length === 0 ? '' : `, ${charts.length} chart${charts.length === 1 ? '' : 's'}`;
    out(
      `No errors in memo "${title}"${inScenario}: ${figures.length} figures, ${variables.length} variables${chartCount}${warnings.length > 0 ? `, ${warned}` : ''}.`,
    );
    return 0;
  },
};

function readStaleDays(value: string | boolean | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const days = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value.trim()) || !Number.isSafeInteger(days))
    throw new CliError(`--stale-days takes a whole number of days, not "${String(value)}".`);
  return days;
}
