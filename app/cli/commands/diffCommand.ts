import { CliError } from '../cliError';
import type { CommandSpec } from '../commandSpec';

export const diffCommand: CommandSpec = {
  name: 'diff',
  usage: 'tickmark diff WS MEMO [FROM [TO]] [--json]',
  summary:
    'What changed from kept version FROM (default: the latest) to version TO (default: the memo now): each figure whose shown value changed, old → new, with the facts that caused it, then the text that changed.',
  positionals: ['WS', 'MEMO'],
  optionalPositionals: ['FROM', 'TO'],
  options: {
    json: { type: 'boolean', help: 'print the diff as JSON, for scripts' },
  },
  async run({ positionals: [ws, memoRef, fromText, toText], options, out }) {
    const from = versionNumber(fromText, 'FROM');
    const to = versionNumber(toText, 'TO');
    const { withWorkspace } = await import('../openExistingWorkspace');
    const { findMemo } = await import('../../backend/memos/memoQueries');
    const { findVersion } = await import('../../backend/memos/memoVersions');
    const { compareVersions } = await import('../../backend/memos/compareVersions');
    const { diffReportLines } = await import('../../../shared/versions/diffReport');
    const { diffJson } = await import('../../../shared/versions/diffJson');
    const comparison = await withWorkspace(
      ws!,
      ({ db }) => {
        const memo = findMemo(db, memoRef!);
        const older = findVersion(db, memo.id, from);
        const newer = to === undefined ? null : findVersion(db, memo.id, to);
        return { ...compareVersions(db, older, newer), older, newer };
      },
      { readOnly: true },
    );
    if (options.json === true) {
      out(JSON.stringify(diffJson(comparison), null, 2));
      return 0;
    }
    for (const line of diffReportLines(comparison.diff, comparison.fromLabel, comparison.toLabel))
      out(line);
    return 0;
  },
};

function versionNumber(text: string | undefined, name: string): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) < 1)
    throw new CliError(
      `${name} is a version number (see tickmark memo versions), not "${text}".`,
      2,
    );
  return Number(text);
}
