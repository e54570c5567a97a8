import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/** Where Debian's `postgresql` package puts the server binaries (override with PG_BIN). */
export const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

/** The superuser's password in every throwaway cluster (they listen on 127.0.0.1 only). */
export const PG_SUPERUSER_PASSWORD = 'tickmark-test-superuser';

/** A running throwaway PostgreSQL cluster. */
export interface PgCluster {
  host: string;
  port: number;
  /** The cluster's folder (data, log, unix socket). */
  dir: string;
  /** `postgresql://USER@127.0.0.1:PORT/DB` (no password). */
  url(user: string, db: string): string;
  /** Runs SQL as the superuser (through psql on the unix socket), returns stdout. */
  psql(sql: string, db?: string): string;
  /** Creates a database owned by the superuser. */
  createDatabase(name: string): void;
  /** Creates a login role with a password, member of the given roles. */
  createLogin(name: string, password: string, memberOf?: string[]): void;
  /** Stops the server at once (as a crash or a pulled cable would). */
  kill(): void;
  /** Starts it again after `kill`, on the same port. */
  restart(): void;
  /** Stops the server and removes its folder. */
  stop(): void;
}

/** Why PostgreSQL cannot run here, or null when it can. */
export function pgUnavailableReason(): string | null {
  if (!existsSync(join(PG_BIN, 'initdb')) || !existsSync(join(PG_BIN, 'pg_ctl')))
    return `PostgreSQL server binaries not found in ${PG_BIN} (install Debian's postgresql package)`;
  if (isRoot() && spawnSync('id', ['-u', 'postgres']).status !== 0)
    return 'running as root but there is no postgres user to run the server as';
  return null;
}

/**
 * Whether tests that need PostgreSQL should run. In CI (CI=true) a missing PostgreSQL is a
 * failure, never a skip; elsewhere the tests are skipped with the reason printed.
 */
export function pgTestsEnabled(): boolean {
  const reason = pgUnavailableReason();
  if (reason === null) return true;
  if (process.env.CI === 'true') throw new Error(`PostgreSQL tests cannot run in CI: ${reason}`);
  console.warn(`skipping PostgreSQL tests: ${reason}`);
  return false;
}

/**
 * Starts a fresh cluster in a temp folder: `initdb` (password auth over TCP, trust on the
 * folder's unix socket) and `pg_ctl start` on 127.0.0.1 and a free port; run as the postgres
 * user when we are root. Call `stop()` in the test's teardown.
 */
export async function startPgCluster(): Promise<PgCluster> {
  const reason = pgUnavailableReason();
  if (reason) throw new Error(reason);
  const dir = mkdtempSync(join(tmpdir(), 'tickmark-pg-'));
  const data = join(dir, 'data');
  const pwfile = join(dir, 'pwfile');
  writeFileSync(pwfile, `${PG_SUPERUSER_PASSWORD}\n`);
  if (isRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
    chownSync(pwfile, uid, gid);
  }
  chmodSync(dir, 0o700);
  const superuser = isRoot() ? 'postgres' : userInfo().username;
  run('initdb', [
    '-D',
    data,
    '-U',
    superuser,
    '--pwfile',
    pwfile,
    '--auth-host=scram-sha-256',
    '--auth-local=trust',
    '--no-sync',
    '-E',
    'UTF8',
    '--locale=C',
  ]);
  const port = await freePort();
  const host = '127.0.0.1';
  const log = join(dir, 'server.log');
  const start = (): void => {
    run('pg_ctl', [
      '-D',
      data,
      '-l',
      log,
      '-w',
      '-t',
      '30',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=${host} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
      'start',
    ]);
  };
  start();
  let running = true;
  const psql = (sql: string, db = 'postgres'): string =>
    run('psql', [
      '-X',
      '-q',
      '-t',
      '-A',
      '-v',
      'ON_ERROR_STOP=1',
      '-h',
      dir,
      '-p',
      String(port),
      '-U',
      superuser,
      '-d',
      db,
      '-c',
      sql,
    ]);
  return {
    host,
    port,
    dir,
    url: (user, db) => `postgresql://${user}@${host}:${port}/${db}`,
    psql,
    createDatabase: (name) => void psql(`CREATE DATABASE "${name}"`),
    createLogin: (name, password, memberOf = []) =>
      void psql(
        `CREATE ROLE "${name}" LOGIN PASSWORD '${password.replace(/'/g, "''")}'${memberOf.length ? ` IN ROLE ${memberOf.map((r) => `"${r}"`).join(', ')}` : ''}`,
      ),
    kill() {
      if (running) run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      running = false;
    },
    restart() {
      if (!running) start();
      running = true;
    },
    stop() {
      try {
        if (running) run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        running = false;
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** Runs a PostgreSQL binary (as the postgres user when root); throws with its output on failure. */
function run(bin: string, args: string[]): string {
  const path = join(PG_BIN, bin);
  const [cmd, argv] = isRoot()
    ? ['runuser', ['-u', 'postgres', '--', path, ...args]]
    : [path, args];
  const result = spawnSync(cmd, argv, { encoding: 'utf8', cwd: tmpdir(), timeout: 60_000 });
  if (result.status !== 0) {
    throw new Error(
      `${bin} ${args.join(' ')} failed (${result.status ?? result.signal}): ${result.stderr || result.stdout}`,
    );
  }
  return result.stdout;
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
