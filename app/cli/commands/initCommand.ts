import type { CommandSpec } from '../commandSpec';

export const initCommand: CommandSpec = {
  name: 'init',
  usage: 'tickmark init WS [--sample]',
  summary:
    'Create a workspace file; --sample fills it with the Amazon/OpenAI sample (facts and memo).',
  positionals: ['WS'],
  options: { sample: { type: 'boolean', help: 'add the sample facts and memo' } },
  async run({ positionals: [ws], options, out }) {
    const { resolve } = await import('node:path');
    const { createWorkspace } = await import('../../backend/workspace/createWorkspace');
    createWorkspace(ws!, { sample: options.sample === true }).close();
    out(`Created ${resolve(ws!)}${options.sample ? ' with the sample' : ''}.`);
    return 0;
  },
};
