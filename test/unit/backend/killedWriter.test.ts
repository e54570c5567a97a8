import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorkspace } from '../../../app/backend/workspace/createWorkspace';
import { openWorkspace } from '../../../app/backend/workspace/openWorkspace';
import { useTempFolder } from './tempFolder';
import { copyMigrationsBeside } from '../../support/copyMigrationsBeside';

const temp = useTempFolder('tickmark-killed-');
const RUNS = 200;
const repo = fileURLToPath(new URL('../../../', import.meta.url));
// Bundled once (node --import tsx would spend ~1 s per start on 200 starts); inside the repo so
// that the child resolves better-sqlite3 from node_modules.
const bundle = join(repo, 'node_modules', '.cache', 'tickmark-test', 'killedWriter.mjs');

beforeAll(async () => {
  mkdirSync(join(bundle, '..'), { recursive: true });
  await build({
    entryPoints: [join(repo, 'test', 'fixtures', 'killedWriter.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  copyMigrationsBeside(dirname(bundle));
});

/** A small seeded generator, so a failing sequence of kill moments can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = Math.imul(s ^ (s >>> 15), 1 | s);
    x ^= x + Math.imul(x ^ (x >>> 7), 61 | x);
    return ((x ^ (x >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Runs the writer, kills it with SIGKILL at a random moment, returns the writes it reported. */
function runAndKill(path: string, run: number, rand: () => number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, path, String(run)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let armed = false;
    const kill = (ms: number) => {
      armed = true;
      setTimeout(() => child.kill('SIGKILL'), ms);
    };
    // Mostly while writing; sometimes early, while it may still be opening the file.
    const early = rand() < 0.1;
    if (early) kill(rand() * 150);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (!armed && out.includes('ready\n')) kill(rand() < 0.7 ? rand() * 30 : 30 + rand() * 70);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL')
        return reject(new Error(`writer ended by itself (${code}): ${err}`));
      const done = [...out.matchAll(/^committed (\d+) (\d+)$/gm)].map((m) => Number(m[2]));
      resolve(done);
    });
  });
}

describe('a writer killed with SIGKILL', () => {
  it(
    `loses no reported write and leaves an intact file, ${RUNS} times`,
    { timeout: 240_000 },
    async () => {
      const seed = Number(process.env.TICKMARK_KILL_SEED ?? Date.now() % 1_000_000);
      const rand = random(seed);
      const path = join(temp(), 'killed.tickmark');
      createWorkspace(path).close();
      let reportedWrites = 0;
      let runsWithWrites = 0;

      for (let run = 1; run <= RUNS; run++) {
        const reported = await runAndKill(path, run, rand);
        reportedWrites += reported.length;
        if (reported.length > 0) runsWithWrites++;
        const lastReported = reported.at(-1) ?? 0;
        expect(reported, `seed ${seed}, run ${run}`).toEqual(
          Array.from({ length: reported.length }, (_, i) => i + 1),
        );

        // As the user would after a crash: open the file again.
        const ws = openWorkspace(path);
        const { db } = ws;
        expect(db.pragma('integrity_check', { simple: true }), `seed ${seed}, run ${run}`).toBe(
          'ok',
        );
        const values = db
          .prepare(
            `SELECT f.value FROM facts f JOIN entities e ON e.id = f.entity_id WHERE e.code = ? ORDER BY f.value`,
          )
          .pluck()
          .all(`R${run}`) as number[];
        // Every reported write is there; at most one more (committed, killed before it printed).
        expect(values.length, `seed ${seed}, run ${run}`).toBeGreaterThanOrEqual(lastReported);
        expect(values.length, `seed ${seed}, run ${run}`).toBeLessThanOrEqual(lastReported + 1);
        expect(values).toEqual(Array.from({ length: values.length }, (_, i) => i + 1));
        // Each write was one transaction: its second fact and its change log entries went with it.
        if (values.length > 0) {
          const counter = db
            .prepare(
              "SELECT f.value FROM facts f JOIN entities e ON e.id = f.entity_id WHERE e.code = 'COUNTER' AND f.metric = 'writes'",
            )
            .pluck()
            .get();
          expect(counter, `seed ${seed}, run ${run}`).toBe(run * 1_000_000 + values.length);
        }
        const logged = db
          .prepare('SELECT count(*) FROM fact_changes WHERE entity = ?')
          .pluck()
          .get(`R${run}`);
        expect(logged, `seed ${seed}, run ${run}`).toBe(values.length);
        ws.close();
      }
      expect(runsWithWrites).toBeGreaterThan(RUNS / 2);
      expect(reportedWrites).toBeGreaterThan(RUNS);
      console.log(
        `killed ${RUNS} writers (seed ${seed}): ${reportedWrites} reported writes, all present`,
      );
    },
  );
});
