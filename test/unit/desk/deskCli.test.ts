import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tickmark } from '../cli/runTickmark';
import { deskTestsEnabled, ROLE_PASSWORD, useDeskCluster } from './deskFixture';

/** `tickmark desk …` as a user runs it, against a real desk. */
describe.runIf(deskTestsEnabled)('tickmark desk init|connect|sync|status', () => {
  const fx = useDeskCluster();

  it(
    'init, connect two workspaces, sync both ways, status; the password is never stored',
    { timeout: 600_000 },
    async () => {
      const c = fx.cluster();
      c.createDatabase('clidesk');
      c.createLogin('alice', ROLE_PASSWORD);
      const admin = c.url('postgres', 'clidesk');
      const dir = fx.dir();
      const init = tickmark(['desk', 'init', admin], dir);
      expect(init.stderr).toBe('');
      expect(init.stdout).toContain('applied desk_001_initial');
      expect(tickmark(['desk', 'init', admin], dir).stdout).toContain('is up to date');
      c.psql('GRANT desk_writer TO alice');

      expect(tickmark(['init', 'a.tickmark'], dir).code).toBe(0);
      expect(tickmark(['init', 'b.tickmark'], dir).code).toBe(0);
      tickmark(['set', 'a.tickmark', 'NWD.ebitda.FY2025', '3100000000'], dir);
      const withPassword = `postgresql://alice:${ROLE_PASSWORD}@127.0.0.1:${c.port}/clidesk`;
      const connect = tickmark(['desk', 'connect', 'a.tickmark', withPassword], dir);
      expect(connect.code).toBe(0);
      expect(connect.stdout).toContain('the password in the URL was not stored');
      expect(readFileSync(join(dir, 'a.tickmark')).includes(ROLE_PASSWORD)).toBe(false);
      expect(tickmark(['desk', 'connect', 'b.tickmark', c.url('alice', 'clidesk')], dir).code).toBe(
        0,
      );

      const status = tickmark(['desk', 'status', 'a.tickmark'], dir);
      expect(status.stdout).toBe(
        `desk: postgresql://alice@127.0.0.1:${c.port}/clidesk\nlast sync: never\nwaiting: 1\n`,
      );
      const syncA = tickmark(['desk', 'sync', 'a.tickmark'], dir);
      expect([syncA.code, syncA.stdout, syncA.stderr]).toEqual([
        0,
        'pushed 1, pulled 0, conflicts 0\n',
        '',
      ]);
      const syncB = tickmark(['desk', 'sync', 'b.tickmark'], dir);
      expect(syncB.stdout).toBe('pushed 0, pulled 1, conflicts 0\n');
      expect(
        tickmark(['eval', 'b.tickmark', 'NWD.ebitda.FY2025', '--format', 'int'], dir).stdout,
      ).toBe('3,100,000,000\n');

      // A conflict, as CALC.md section 11 words it.
      tickmark(['set', 'b.tickmark', 'NWD.ebitda.FY2025', '3400000000'], dir);
      tickmark(['desk', 'sync', 'b.tickmark'], dir);
      tickmark(['set', 'a.tickmark', 'NWD.ebitda.FY2025', '3300000000'], dir);
      const conflict = tickmark(['desk', 'sync', 'a.tickmark'], dir);
      expect(conflict.code).toBe(0);
      expect(conflict.stdout).toBe(
        "conflict: NWD.ebitda.FY2025 here 3,300,000,000, desk 3,400,000,000 (kept the desk's)\npushed 0, pulled 1, conflicts 1\n",
      );
      expect(tickmark(['desk', 'status', 'a.tickmark'], dir).stdout).toMatch(/last sync: 20\d\d-/);
      expect(existsSync(join(dir, 'a.tickmark'))).toBe(true);
    },
  );

  it(
    'sync exits 1 when the desk cannot be reached, and the change waits',
    { timeout: 300_000 },
    async () => {
      const c = fx.cluster();
      c.createDatabase('gone');
      const dir = fx.dir();
      tickmark(['desk', 'init', c.url('postgres', 'gone')], dir);
      tickmark(['init', 'off.tickmark'], dir);
      expect(
        tickmark(['desk', 'connect', 'off.tickmark', c.url('postgres', 'gone')], dir).code,
      ).toBe(0);
      tickmark(['set', 'off.tickmark', 'NWD.capex.FY2025', '5'], dir);
      c.kill();
      try {
        const sync = tickmark(['desk', 'sync', 'off.tickmark'], dir);
        expect(sync.code).toBe(1);
        expect(sync.stdout).toBe('');
        expect(sync.stderr).toContain('cannot be reached');
        expect(sync.stderr).toContain('1 change waits here for the next sync; nothing was lost.');
        expect(tickmark(['desk', 'status', 'off.tickmark'], dir).stdout).toContain('waiting: 1');
      } finally {
        c.restart();
      }
      expect(tickmark(['desk', 'sync', 'off.tickmark'], dir).stdout).toBe(
        'pushed 1, pulled 0, conflicts 0\n',
      );
    },
  );
});
