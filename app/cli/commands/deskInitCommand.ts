import type { CommandSpec } from '../commandSpec';

export const deskInitCommand: CommandSpec = {
  name: 'desk init',
  usage: 'tickmark desk init URL',
  summary:
    "Create or upgrade a desk's schema in a PostgreSQL database (URL: postgresql://USER@HOST:PORT/DB; password from PGPASSWORD or ~/.pgpass).",
  positionals: ['URL'],
  async run({ positionals: [url], out }) {
    const { withDesk } = await import('../../backend/desk/deskConnection');
    const { initDeskSchema } = await import('../../backend/desk/deskSchema');
    const applied = await withDesk(url!, (desk) => initDeskSchema(desk));
    const { deskUrlWithoutPassword } = await import('../../../shared/api/deskApi');
    out(
      applied.length
        ? `desk ready at ${deskUrlWithoutPassword(url!)} (applied ${applied.join(', ')})`
        : `desk at ${deskUrlWithoutPassword(url!)} is up to date`,
    );
    return 0;
  },
};
