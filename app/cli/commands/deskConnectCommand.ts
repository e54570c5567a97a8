import type { CommandSpec } from '../commandSpec';

export const deskConnectCommand: CommandSpec = {
  name: 'desk connect',
  usage: 'tickmark desk connect WS URL',
  summary:
    'Join the workspace to a desk; its facts are pushed at the next sync. The password is never stored.',
  positionals: ['WS', 'URL'],
  async run({ positionals: [ws, url], out }) {
    const { connectDesk } = await import('../../backend/desk/connectDesk');
    const { withWorkspace } = await import('../openExistingWorkspace');
    const { link, passwordDropped } = await withWorkspace(ws!, ({ db }) => connectDesk(db, url!));
    if (passwordDropped)
      out('note: the password in the URL was not stored; give it with PGPASSWORD or ~/.pgpass');
    out(`${ws} joined the desk at ${link.url}; run "tickmark desk sync ${ws}"`);
    return 0;
  },
};
