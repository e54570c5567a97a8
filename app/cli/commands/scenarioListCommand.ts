import type { CommandSpec } from '../commandSpec';

export const scenarioListCommand: CommandSpec = {
  name: 'scenario list',
  usage: 'tickmark scenario list WS',
  summary: 'One scenario a line: name, tab, number of overrides, tab, description.',
  positionals: ['WS'],
  async run({ positionals: [ws], out }) {
    const { withWorkspace } = await import('../openExistingWorkspace');
    const { listScenarios } = await import('../../backend/scenarios/scenarioRepository');
    const scenarios = await withWorkspace(ws!, ({ db }) => listScenarios(db), { readOnly: true });
    for (const s of scenarios)
      out(`${s.name}\t${s.overrides}\t${s.description.replace(/[\t\r\n]+/g, ' ')}`);
    return 0;
  },
};
