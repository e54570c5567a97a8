import type { CommandSpec } from '../commandSpec';

export const importCommand: CommandSpec = {
  name: 'import',
  usage: 'tickmark import WS FILE.csv',
  summary:
    'Import facts from CSV (entity,entity_name,kind,metric,period,value,unit,source,as_of,note). A bad row rejects the whole file.',
  positionals: ['WS', 'FILE.csv'],
  async run({ positionals: [ws, file], out }) {
    const { basename } = await import('node:path');
    const { parseFactsCsv } = await import('../../backend/import/parseFactsCsv');
    const { commitImportSync } = await import('../../backend/import/commitImport');
    const { CLI_CHANGE_CONTEXT } = await import('../../backend/facts/changeContext');
    const { withWorkspace } = await import('../openExistingWorkspace');
    const { readInputFile } = await import('../readInputFile');
    const text = readInputFile(file!);
    const parsed = parseFactsCsv(text, basename(file!));
    const { result: counts } = await withWorkspace(ws!, ({ db }) =>
      commitImportSync(db, parsed, CLI_CHANGE_CONTEXT),
    );
    out(
      `Imported ${basename(file!)}: ${counts.new} new, ${counts.updated} updated, ${counts.unchanged} unchanged.`,
    );
    return 0;
  },
};
