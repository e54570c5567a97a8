import type { CommandSpec } from '../commandSpec';

export const memoListCommand: CommandSpec = {
  name: 'memo list',
  usage: 'tickmark memo list WS',
  summary: 'List the memos, one a line: id, tab, title.',
  positionals: ['WS'],
  async run({ positionals: [ws], out }) {
    const { listMemos } = await import('../../backend/memos/memoQueries');
    const { withWorkspace } = await import('../openExistingWorkspace');
    const memos = await withWorkspace(ws!, ({ db }) => listMemos(db), { readOnly: true });
    for (const memo of memos) out(`${memo.id}\t${memo.title}`);
    return 0;
  },
};
