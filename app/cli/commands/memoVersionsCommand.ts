import type { CommandSpec } from '../commandSpec';

export const memoVersionsCommand: CommandSpec = {
  name: 'memo versions',
  usage: 'tickmark memo versions WS MEMO',
  summary:
    'List the kept versions of a memo, newest first, one a line: version, tab, date, tab, reason (export, manual, restore), tab, title.',
  positionals: ['WS', 'MEMO'],
  async run({ positionals: [ws, memoRef], out }) {
    const { withWorkspace } = await import('../openExistingWorkspace');
    const { findMemo } = await import('../../backend/memos/memoQueries');
    const { listVersions } = await import('../../backend/memos/memoVersions');
    const versions = await withWorkspace(
      ws!,
      ({ db }) => listVersions(db, findMemo(db, memoRef!).id),
      { readOnly: true },
    );
    for (const v of versions)
      out(`${v.version}\t${v.createdAt.replace(/\.\d+Z$/, 'Z')}\t${v.reason}\t${v.title}`);
    return 0;
  },
};
