import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { BenchCase, BenchFigure } from './benchTypes';
import { connectDesk } from '../../app/backend/desk/connectDesk';
import { withDesk } from '../../app/backend/desk/deskConnection';
import { initDeskSchema } from '../../app/backend/desk/deskSchema';
import { syncWorkspace } from '../../app/backend/desk/deskSync';
import { createWorkspace } from '../../app/backend/workspace/createWorkspace';
import { upsertFacts } from '../../app/backend/facts/factTransactions';
import { CLI_CHANGE_CONTEXT } from '../../app/backend/facts/changeContext';
import { PG_SUPERUSER_PASSWORD, startPgCluster } from '../support/pgCluster';

const FACTS = 100_000;

/**
 * The desk (CALC.md section 11): 100,000 facts synced from a workspace to an empty desk
 * (push) and from the desk to an empty workspace (pull), on a throwaway local PostgreSQL
 * cluster this case starts and removes. Baselines: the same rows written by one plain
 * INSERT … unnest into a table with no history, and read back by one SELECT.
 */
export const deskBench: BenchCase = {
  name: 'desk sync',
  async run(): Promise<BenchFigure[]> {
    process.env.PGPASSWORD = PG_SUPERUSER_PASSWORD;
    const cluster = await startPgCluster();
    const dir = mkdtempSync(join(tmpdir(), 'tickmark-deskbench-'));
    try {
      cluster.createDatabase('bench');
      const url = cluster.url('postgres', 'bench');
      await withDesk(url, (desk) => initDeskSchema(desk));
      const from = createWorkspace(join(dir, 'from.tickmark'));
      upsertFacts(
        from.db,
        Array.from({ length: FACTS }, (_, i) => ({
          entity: `CO${i % 1000}`,
          metric: `metric_${Math.floor(i / 1000)}`,
          period: 'FY2025',
          scenario: '',
          value: i * 1234.5,
          unit: 'USD',
          source: 'bench',
          asOf: '2025-09-30',
          note: `row ${i}`,
        })),
        CLI_CHANGE_CONTEXT,
      );
      await connectDesk(from.db, url);
      let start = performance.now();
      const pushed = await syncWorkspace(from.db, 'from');
      const pushMs = performance.now() - start;
      if (pushed.pushed !== FACTS) throw new Error(`pushed ${pushed.pushed}, not ${FACTS}`);

      const to = createWorkspace(join(dir, 'to.tickmark'));
      await connectDesk(to.db, url);
      start = performance.now();
      const pulled = await syncWorkspace(to.db, 'to');
      const pullMs = performance.now() - start;
      if (pulled.pulled !== FACTS) throw new Error(`pulled ${pulled.pulled}, not ${FACTS}`);
      from.close();
      to.close();

      const baseline = await rawBaseline(url);
      return [
        {
          name: `push ${FACTS.toLocaleString('en-US')} facts to an empty desk`,
          value: pushMs,
          unit: 'ms',
          target: '< 10000 ms',
          baseline: { name: 'plain INSERT … unnest', value: baseline.insertMs },
        },
        {
          name: `pull ${FACTS.toLocaleString('en-US')} facts to an empty workspace`,
          value: pullMs,
          unit: 'ms',
          target: '< 10000 ms',
          baseline: { name: 'plain SELECT', value: baseline.selectMs },
        },
      ];
    } finally {
      cluster.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

async function rawBaseline(url: string): Promise<{ insertMs: number; selectMs: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      'CREATE TABLE raw_facts (entity text, metric text, period text, value float8, unit text, source text, as_of date, note text)',
    );
    const ids = Array.from({ length: FACTS }, (_, i) => i);
    let start = performance.now();
    await client.query(
      `INSERT INTO raw_facts SELECT 'CO' || (i % 1000), 'metric_' || (i / 1000), 'FY2025', v, 'USD', 'bench', '2025-09-30', n
       FROM unnest($1::int[], $2::float8[], $3::text[]) AS t(i, v, n)`,
      [ids, ids.map((i) => i * 1234.5), ids.map((i) => `row ${i}`)],
    );
    const insertMs = performance.now() - start;
    start = performance.now();
    await client.query('SELECT * FROM raw_facts');
    return { insertMs, selectMs: performance.now() - start };
  } finally {
    await client.end();
  }
}
