import type { CommandSpec } from '../commandSpec';

export const deskSyncCommand: CommandSpec = {
  name: 'desk sync',
  usage: 'tickmark desk sync WS',
  summary:
    "Push the fact changes made here since the last sync, pull the desk's; prints pushed N, pulled M, conflicts K (exit 1 if the desk cannot be reached: the changes wait).",
  positionals: ['WS'],
  async run({ positionals: [ws], out }) {
    const { syncWorkspace } = await import('../../backend/desk/deskSync');
    const { DeskError } = await import('../../backend/desk/deskError');
    const { readDeskStatus } = await import('../../backend/desk/deskStatus');
    const { deskConflictLines, deskSyncSummary } = await import('../../../shared/api/deskApi');
    const { withWorkspace } = await import('../openExistingWorkspace');
    const { CliError } = await import('../cliError');
    return withWorkspace(ws!, async ({ db }) => {
      try {
        const result = await syncWorkspace(db, ws!);
        for (const line of deskConflictLines(result)) out(line);
        out(deskSyncSummary(result));
        return 0;
      } catch (error) {
        if (!(error instanceof DeskError) || error.problem === 'not_connected') throw error;
        const waiting = readDeskStatus(db).waiting;
        throw new CliError(
          `${error.message}\n${waiting} change${waiting === 1 ? '' : 's'} wait${waiting === 1 ? 's' : ''} here for the next sync; nothing was lost.`,
        );
      }
    });
  },
};
