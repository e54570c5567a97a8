import { CliError } from '../cliError';
import type { CommandSpec } from '../commandSpec';

export const memoAddCommand: CommandSpec = {
  name: 'memo add',
  usage: 'tickmark memo add WS FILE.md',
  summary: 'Add a memo from Markdown (front matter, {{ figures }}, ```calc blocks); prints its id.',
  positionals: ['WS', 'FILE.md'],
  async run({ positionals: [ws, file], out }) {
    const { basename } = await import('node:path');
    const { importMarkdownMemo } = await import('../../backend/memos/memoMarkdown');
    const { UserError } = await import('../../backend/router/userError');
    const { withWorkspace } = await import('../openExistingWorkspace');
    const { readInputFile } = await import('../readInputFile');
    const markdown = readInputFile(file!);
    const summary = await withWorkspace(ws!, ({ db }) => {
      try {
        return importMarkdownMemo(db, markdown, basename(file!));
      } catch (error) {
        // The problems are the file's, named by the path as given.
        if (error instanceof UserError && error.code === 'invalid_args')
          throw new CliError(error.message.replace(basename(file!), file!), 1, error.problems);
        throw error;
      }
    });
    out(String(summary.id));
    return 0;
  },
};
