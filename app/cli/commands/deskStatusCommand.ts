import type { CommandSpec } from '../commandSpec';

export const deskStatusCommand: CommandSpec = {
  name: 'desk status',
  usage: 'tickmark desk status WS',
  summary: 'The desk URL (no password), the last sync, and the changes waiting to be pushed.',
  positionals: ['WS'],
  async run({ positionals: [ws], out }) {
    const { readDeskStatus } = await import('../../backend/desk/deskStatus');
    const { deskConflictLines } = await import('../../../shared/api/deskApi');
    const { withWorkspace } = await import('../openExistingWorkspace');
    const status = await withWorkspace(ws!, ({ db }) => readDeskStatus(db));
    if (status.state === 'not_connected') {
      out(`${ws} is not joined to a desk`);
      return 0;
    }
    out(`desk: ${status.url}`);
    out(`last sync: ${status.lastSyncAt ?? 'never'}`);
    out(`waiting: ${status.waiting}`);
    for (const line of deskConflictLines(status)) out(line);
    return 0;
  },
};
