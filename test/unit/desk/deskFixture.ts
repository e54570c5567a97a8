import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import pg from 'pg';
import { withDesk } from '../../../app/backend/desk/deskConnection';
import { initDeskSchema } from '../../../app/backend/desk/deskSchema';
import { createWorkspace } from '../../../app/backend/workspace/createWorkspace';
import type { Workspace } from '../../../app/backend/workspace/openWorkspace';
import { upsertFacts } from '../../../app/backend/facts/factTransactions';
import { CLI_CHANGE_CONTEXT } from '../../../app/backend/facts/changeContext';
import { findFact } from '../../../app/backend/facts/factQueries';
import {
  PG_SUPERUSER_PASSWORD,
  pgTestsEnabled,
  startPgCluster,
  type PgCluster,
} from '../../support/pgCluster';

/** Whether this machine can run the desk tests (in CI a missing PostgreSQL fails them). */
export const deskTestsEnabled = pgTestsEnabled();

/** The password of every log-in role the desk tests make. */
export const ROLE_PASSWORD = PG_SUPERUSER_PASSWORD;

export interface DeskFixture {
  cluster(): PgCluster;
  /** A new empty desk database (made a desk with `desk init`, as the superuser); its URL for `role`. */
  newDesk(role?: string): Promise<{ url: (role: string) => string; db: string }>;
  /** A new workspace file in the fixture's folder. */
  newWorkspace(name: string): Workspace;
  dir(): string;
}

/** One throwaway PostgreSQL cluster for the whole test file (start ~2 s), stopped after it. */
export function useDeskCluster(): DeskFixture {
  let cluster: PgCluster | null = null;
  let dir = '';
  let count = 0;
  const open: Workspace[] = [];
  beforeAll(async () => {
    if (!deskTestsEnabled) return;
    process.env.PGPASSWORD = ROLE_PASSWORD;
    cluster = await startPgCluster();
    dir = mkdtempSync(join(tmpdir(), 'tickmark-desk-'));
  });
  afterAll(() => {
    for (const ws of open) if (ws.db.open) ws.close();
    cluster?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return {
    cluster: () => cluster!,
    dir: () => dir,
    async newDesk() {
      const c = cluster!;
      const db = `desk${++count}`;
      c.createDatabase(db);
      await withDesk(c.url('postgres', db), (desk) => initDeskSchema(desk));
      return { db, url: (role: string) => c.url(role, db) };
    },
    newWorkspace(name) {
      const ws = createWorkspace(join(dir, `${name}-${++count}.tickmark`));
      open.push(ws);
      return ws;
    },
  };
}

/** Sets facts in a workspace through the facts repository (as the CLI's `set` does). */
export function setFacts(
  ws: Workspace,
  facts: { ref: string; value: number; scenario?: string; source?: string }[],
): void {
  upsertFacts(
    ws.db,
    facts.map(({ ref, value, scenario, source }) => {
      const [entity, metric, period] = ref.split('.') as [string, string, string];
      return {
        entity,
        metric,
        period,
        scenario: scenario ?? '',
        value,
        unit: 'USD',
        source: source ?? 'test',
        asOf: '2026-01-30',
        note: '',
      };
    }),
    CLI_CHANGE_CONTEXT,
  );
}

/** A fact's value in a workspace (undefined: no such fact). */
export function valueOf(ws: Workspace, ref: string, scenario = ''): number | undefined {
  const [entity, metric, period] = ref.split('.') as [string, string, string];
  return findFact(ws.db, { entity, metric, period, scenario })?.value;
}

/**
 * Runs `fn` connected to the desk as the log-in role `name`, a member of `deskRole` (the role
 * is made once per cluster), and closes the connection after.
 */
export async function asDeskRole<T>(
  fx: DeskFixture,
  url: (role: string) => string,
  name: string,
  deskRole: 'desk_reader' | 'desk_writer',
  fn: (client: pg.Client) => Promise<T>,
): Promise<T> {
  fx.cluster()
    .psql(`DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${name}') THEN
    CREATE ROLE ${name} LOGIN PASSWORD '${ROLE_PASSWORD}' IN ROLE ${deskRole}; END IF; END $$`);
  const client = new pg.Client({ connectionString: url(name) });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Expects each statement to be refused for want of privilege (SQLSTATE 42501). */
export async function expectNotPermitted(client: pg.Client, statements: string[]): Promise<void> {
  for (const sql of statements)
    await expect(client.query(sql)).rejects.toMatchObject({ code: '42501' });
}
