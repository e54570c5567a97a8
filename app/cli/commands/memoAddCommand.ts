import { CliError } from '../cliError';
import type { CommandSpec } from '../commandSpec';

export const memoAddCommand: CommandSpec = {
  name: 'memo add',
  usage: 'tickmark memo add WS FILE.md',
  summary: 'Add a memo from Markdown (front matter, {{ figures }}, ```calc blocks); prints its id.',
  positionals: ['WS', 'FILE.md'],
  async run({ positionals: [ws, file], out }) {
    const { basename, extname } = await import('node:path');
    const { markdownToMemo } = await import('../../../shared/memo/markdownToMemo');
    const { createMemo } = await import('../../backend/memos/memoWrites');
    const { withWorkspace } = await import('../openExistingWorkspace');
    const { readInputFile } = await import('../readInputFile');
    const read = markdownToMemo(readInputFile(file!));
    if (!read.ok) {
      throw new CliError(
        [
          `${file} cannot be read as a memo:`,
          ...read.problems.map((p) => `${p.where}: ${p.what}`),
        ].join('\n'),
      );
    }
    const title = read.memo.meta.title.trim() || basename(file!, extname(file!));
    const summary = await withWorkspace(ws!, ({ db }) =>
      createMemo(db, { title, memo: read.memo }),
    );
    out(String(summary.id));
    return 0;
  },
};
