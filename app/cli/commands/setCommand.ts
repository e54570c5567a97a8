import { CliError } from '../cliError';
import type { CommandSpec } from '../commandSpec';

export const setCommand: CommandSpec = {
  name: 'set',
  usage: 'tickmark set WS ENTITY.metric.PERIOD VALUE [--scenario S]',
  summary:
    "Set one fact, creating it (and its entity) if needed. Other fields are kept unless given. With --scenario, set that scenario's override (creating the scenario).",
  positionals: ['WS', 'ENTITY.metric.PERIOD', 'VALUE'],
  options: {
    unit: { type: 'string', help: 'USD (or another ISO 4217 code), pct, x, count, or empty' },
    source: { type: 'string', help: 'where the figure comes from (text or URL)' },
    'as-of': { type: 'string', help: 'the date the figure is as of (YYYY-MM-DD)' },
    note: { type: 'string', help: 'a note' },
    scenario: {
      type: 'string',
      help: 'write the override of scenario S (an identifier) instead of the base fact',
    },
  },
  async run({ positionals: [ws, ref, rawValue], options, out }) {
    const { upsertFacts } = await import('../../backend/facts/factTransactions');
    const { findFact } = await import('../../backend/facts/factQueries');
    const { CLI_CHANGE_CONTEXT } = await import('../../backend/facts/changeContext');
    const { withWorkspace } = await import('../openExistingWorkspace');
    const { normalizeScenario } = await import('../../backend/facts/factScenario');
    const { isIdentifier } = await import('../../../shared/calc/identifiers');
    const scenario = normalizeScenario(str(options.scenario));
    if (typeof options.scenario === 'string' && scenario !== '' && !isIdentifier(scenario))
      throw new CliError(
        `--scenario "${options.scenario}" is not a scenario name (a letter, then letters, digits or _).`,
      );
    const { readFactValueText } = await import('../../../shared/api/factFields');
    const parts = ref!.split('.');
    if (parts.length !== 3 || parts.some((p) => p === '')) {
      throw new CliError(`"${ref}" is not ENTITY.metric.PERIOD (e.g. AMZN.capex.FY2025).`);
    }
    const [entity, metric, period] = parts as [string, string, string];
    const read = readFactValueText(rawValue!.trim().replace(/_/g, ''));
    if (!read.ok) throw new CliError(`VALUE ${read.problem}.`);
    const { value } = read;
    await withWorkspace(ws!, ({ db }) => {
      // An override starts from its base fact's unit, source and date unless given.
      const existing =
        findFact(db, { entity, metric, period, scenario }) ??
        (scenario ? findFact(db, { entity, metric, period, scenario: '' }) : undefined);
      upsertFacts(
        db,
        [
          {
            entity,
            metric,
            period,
            scenario,
            value,
            unit: str(options.unit) ?? existing?.unit ?? '',
            source: str(options.source) ?? existing?.source ?? '',
            asOf: str(options['as-of']) ?? existing?.asOf ?? null,
            note: str(options.note) ?? existing?.note ?? '',
          },
        ],
        CLI_CHANGE_CONTEXT,
      );
    });
    out(`${entity}.${metric}.${period}${scenario ? ` @${scenario}` : ''} = ${value}`);
    return 0;
  },
};

function str(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
