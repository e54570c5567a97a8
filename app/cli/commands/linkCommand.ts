import type { CommandSpec } from '../commandSpec';
import { CliError } from '../cliError';

export const linkCommand: CommandSpec = {
  name: 'link',
  usage: 'tickmark link WS FILE.xlsx | tickmark link WS --list',
  summary:
    'Read facts from an Excel workbook (names ENTITY.metric.PERIOD and a facts sheet) and remember the link; run again to refresh. --list prints path, facts, last read.',
  positionals: ['WS'],
  optionalPositionals: ['FILE.xlsx'],
  options: {
    list: { type: 'boolean', help: 'list the linked workbooks: path, tab, facts, tab, last read' },
  },
  async run({ positionals: [ws, file], options, out }) {
    const { withWorkspace } = await import('../openExistingWorkspace');
    if (options.list) {
      if (file !== undefined)
        throw new CliError(`--list takes no workbook. Usage: ${linkCommand.usage}`, 2);
      const { listLinks } = await import('../../backend/link/linkWorkbook');
      const links = await withWorkspace(ws!, ({ db }) => listLinks(db), { readOnly: true });
      for (const link of links) out(`${link.path}\t${link.facts}\t${link.readAt}`);
      return 0;
    }
    if (file === undefined)
      throw new CliError(`missing FILE.xlsx (or --list). Usage: ${linkCommand.usage}`, 2);
    const { commitLink } = await import('../../backend/link/linkWorkbook');
    const { CLI_CHANGE_CONTEXT } = await import('../../backend/facts/changeContext');
    const { result: summary } = await withWorkspace(ws!, ({ db }) =>
      commitLink(db, file, { ...CLI_CHANGE_CONTEXT, origin: 'link' }),
    );
    const { counts, ignoredNames, missing } = summary;
    out(
      `Linked ${summary.fileName}: ${counts.new} new, ${counts.updated} updated, ${counts.unchanged} unchanged` +
        (counts.missing > 0 ? `, ${counts.missing} no longer in the workbook (kept)` : '') +
        (ignoredNames.count > 0
          ? `; ${ignoredNames.count} other defined name${ignoredNames.count === 1 ? '' : 's'} ignored`
          : '') +
        '.',
    );
    for (const key of missing) out(`  not in the workbook any more (kept): ${key}`);
    if (ignoredNames.count > 0)
      out(
        `  ignored (not ENTITY.metric.PERIOD at workbook scope): ${ignoredNames.names.join(', ')}${ignoredNames.count > ignoredNames.names.length ? ', ...' : ''}`,
      );
    return 0;
  },
};
