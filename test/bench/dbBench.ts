import Database from 'better-sqlite3';
import Papa from 'papaparse';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchCase, BenchFigure } from './benchTypes';
import { createBackend, type Backend } from '../../app/backend/createBackend';
import { startServer } from '../../app/server/startServer';
import { measure, median } from './measure';

const PERIODS = [
  'FY2021',
  'FY2022',
  'FY2023',
  'FY2024',
  'FY2025',
  'LTM',
  'Q1_2025',
  'Q2_2025',
  'Q3_2025',
  'H1_2025',
];

/** `rows` facts in the CSV import format: 1,000 entities, ten periods, metrics to fill. */
function factsCsv(rows: number): string {
  const lines = ['entity,entity_name,kind,metric,period,value,unit,source,as_of,note'];
  for (let i = 0; i < rows; i++) {
    const entity = `CO${i % 1000}`;
    const metric = `metric_${Math.floor(i / 10_000)}_${Math.floor(i / 10) % 1000}`;
    lines.push(
      `${entity},Company ${i % 1000},company,${metric},${PERIODS[i % 10]},${(i * 1234.5).toFixed(1)},USD,bench,2025-09-30,row ${i}`,
    );
  }
  return lines.join('\n') + '\n';
}

async function backendWith(dir: string, name: string, csv?: string): Promise<Backend> {
  const backend = createBackend({ mode: 'test' });
  const created = await backend.router.invoke('workspace:create', {
    path: join(dir, name),
    sample: false,
  });
  if (!created.ok) throw new Error(created.error.message);
  if (csv) {
    const imported = await backend.router.invoke('import:commit', { csv, fileName: `${name}.csv` });
    if (!imported.ok) throw new Error(imported.error.message);
  }
  return backend;
}

/**
 * The same rows parsed by papaparse and inserted raw (no validation, no change log, no
 * preview), in one transaction, timed like the import: from start to commit.
 */
function rawImport(path: string, csv: string): number {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(
    'CREATE TABLE facts (entity TEXT, metric TEXT, period TEXT, value REAL, unit TEXT, source TEXT, as_of TEXT, note TEXT, UNIQUE (entity, metric, period))',
  );
  db.pragma('wal_autocheckpoint = 0');
  const start = performance.now();
  const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.slice(1);
  const insert = db.prepare('INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (const r of rows) insert.run(r[0], r[3], r[4], Number(r[5]), r[6], r[7], r[8], r[9]);
  })();
  const elapsed = performance.now() - start;
  db.close();
  return elapsed;
}

/** The deal database: a 100,000-row CSV import, and listing 10,000 facts over HTTP in browser mode. */
export const dbBench: BenchCase = {
  name: 'db',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'tickmark-db-bench-'));
    const figures: BenchFigure[] = [];
    try {
      const csv100k = factsCsv(100_000);
      // Timed from the call to its answer (a new workspace each run, created and closed untimed).
      const importTimes: number[] = [];
      const importCpu: number[] = [];
      for (let n = 0; n < 4; n++) {
        const backend = await backendWith(dir, `import-${n}.tickmark`);
        const cpu = process.cpuUsage();
        const start = performance.now();
        const result = await backend.router.invoke('import:commit', {
          csv: csv100k,
          fileName: 'bench.csv',
        });
        const elapsed = performance.now() - start;
        const used = process.cpuUsage(cpu);
        if (!result.ok) throw new Error(result.error.message);
        if (n > 0) {
          importTimes.push(elapsed);
          importCpu.push((used.user + used.system) / 1000);
        }
        backend.close();
        rmSync(join(dir, `import-${n}.tickmark`));
      }
      const rawTimes = [0, 1, 2, 3]
        .map((m) => rawImport(join(dir, `raw-${m}.db`), csv100k))
        .slice(1);
      figures.push({
        name: 'import 100,000 facts from CSV (parse, validate, diff, write + change log)',
        value: median(importTimes),
        unit: 'ms',
        target: '< 2000 ms',
        baseline: { name: 'papaparse + raw better-sqlite3 INSERT', value: median(rawTimes) },
      });
      figures.push({
        name: 'the same import, CPU time of the process (what other processes cannot inflate)',
        value: median(importCpu),
        unit: 'ms',
      });

      for (const [label, size] of [
        ['a 10,000-fact workspace', 10_000],
        ['the first 10,000 of a 100,000-fact workspace', 100_000],
      ] as const) {
        const backend = await backendWith(dir, `list-${size}.tickmark`, factsCsv(size));
        const server = await startServer({ backend, token: 'bench-token' });
        const call = async (): Promise<number> => {
          const response = await fetch(`http://127.0.0.1:${server.port}/api/invoke/facts:list`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-tickmark-token': 'bench-token' },
            body: JSON.stringify({ limit: 10_000 }),
          });
          const body = (await response.json()) as { ok: boolean; value: { rows: unknown[] } };
          if (!body.ok || body.value.rows.length !== 10_000)
            throw new Error('facts:list did not return 10,000 rows');
          return body.value.rows.length;
        };
        const cpu = process.cpuUsage();
        const viaHttp = await measure(call, { runs: 20, warmup: 3 });
        const used = process.cpuUsage(cpu);
        const { db } = backend.workspace.current();
        const select = db.prepare('SELECT * FROM facts LIMIT 10000');
        const raw = await measure(() => select.all(), { runs: 20, warmup: 3 });
        figures.push({
          name: `list 10,000 facts over HTTP (browser mode), ${label}`,
          value: median(viaHttp),
          unit: 'ms',
          target: '< 100 ms',
          baseline: { name: 'raw better-sqlite3 SELECT in process', value: median(raw) },
        });
        figures.push({
          name: `  the same, CPU time per call (server and client are this process)`,
          value: (used.user + used.system) / 1000 / 23,
          unit: 'ms',
        });
        await server.close();
        backend.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return figures;
  },
};
