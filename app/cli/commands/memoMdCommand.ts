import type { CommandSpec } from '../commandSpec';

export const memoMdCommand: CommandSpec = {
  name: 'memo md',
  usage: 'tickmark memo md WS MEMO [-o FILE.md]',
  summary:
    'Write a memo as Markdown, figures as {{ expression | format }}; to standard output without -o.',
  positionals: ['WS', 'MEMO'],
  options: {
    output: { type: 'string', short: 'o', help: 'write to this file (temp file, then rename)' },
  },
  async run({ positionals: [ws, memoRef], options, out }) {
    const { exportMarkdownMemo } = await import('../../backend/memos/memoMarkdown');
    const { withWorkspace } = await import('../openExistingWorkspace');
    const { writeFileAtomic } = await import('../writeFileAtomic');
    const { markdown } = await withWorkspace(ws!, ({ db }) => exportMarkdownMemo(db, memoRef!), {
      readOnly: true,
    });
    if (typeof options.output === 'string') writeFileAtomic(options.output, markdown);
    else out(markdown.replace(/\n$/, ''));
    return 0;
  },
};
