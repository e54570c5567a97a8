import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { connectDesk } from '../../../app/backend/desk/connectDesk';
import { readDeskStatus } from '../../../app/backend/desk/deskStatus';
import { syncWorkspace } from '../../../app/backend/desk/deskSync';
import { openWorkspace } from '../../../app/backend/workspace/openWorkspace';
import { upsertFacts } from '../../../app/backend/facts/factTransactions';
import { CLI_CHANGE_CONTEXT } from '../../../app/backend/facts/changeContext';
import type { Workspace } from '../../../app/backend/workspace/openWorkspace';
import { deskTestsEnabled, useDeskCluster } from './deskFixture';
import { copyMigrationsBeside } from '../../support/copyMigrationsBeside';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const bundle = join(repo, 'node_modules', '.cache', 'tickmark-test', 'killedSync.mjs');
/** Two pull batches' worth from the other workspace, one push's worth from this one. */
const THEIRS = 25_000;
const OURS = 15_000;

function manyFacts(ws: Workspace, entity: string, count: number): void {
  upsertFacts(
    ws.db,
    Array.from({ length: count }, (_, i) => ({
      entity,
      metric: `m${i}`,
      period: 'FY2025',
      scenario: '',
      value: i,
      unit: '',
      source: entity,
      asOf: null,
      note: '',
    })),
    CLI_CHANGE_CONTEXT,
  );
}

/** Runs the sync in a child process; kills it (SIGKILL) when it reports reaching `stop`. */
function syncAndKill(path: string, stop: string | null): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, path, ...(stop ? [stop] : [])], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: process.env,
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (stop && out.includes(`at ${stop}`)) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (stop && signal !== 'SIGKILL')
        reject(new Error(`not killed at ${stop}: ${code} ${out} ${err}`));
      else if (!stop && code !== 0) reject(new Error(`sync failed: ${err}`));
      else resolve(out);
    });
  });
}

describe.runIf(deskTestsEnabled)('a sync killed mid-way loses nothing', () => {
  const fx = useDeskCluster();

  beforeAll(async () => {
    mkdirSync(join(bundle, '..'), { recursive: true });
    await build({
      entryPoints: [join(repo, 'test', 'fixtures', 'killedSync.ts')],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: ['better-sqlite3', 'pg-native'],
      logLevel: 'warning',
      banner: {
        js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
      },
    });
    copyMigrationsBeside(dirname(bundle));
  });

  it(
    'killed before the push commits, after it, and between pull batches; then run again: the same result',
    { timeout: 600_000 },
    async () => {
      const desk = await fx.newDesk();
      const theirs = fx.newWorkspace('theirs');
      manyFacts(theirs, 'THEIRS', THEIRS);
      await connectDesk(theirs.db, desk.url('postgres'));
      await syncWorkspace(theirs.db, 'theirs');
      const ours = fx.newWorkspace('ours');
      manyFacts(ours, 'OURS', OURS);
      await connectDesk(ours.db, desk.url('postgres'));
      const path = ours.path;
      ours.close();

      await syncAndKill(path, 'before-push-commit');
      expect(
        fx.cluster().psql("SELECT count(*) FROM facts WHERE entity = 'OURS'", desk.db).trim(),
      ).toBe('0');
      await syncAndKill(path, 'after-push');
      expect(
        fx.cluster().psql("SELECT count(*) FROM facts WHERE entity = 'OURS'", desk.db).trim(),
      ).toBe(String(OURS));
      await syncAndKill(path, 'after-pull-batch');
      const last = await syncAndKill(path, null);
      expect(last.trim()).toBe(`pushed 0, pulled ${THEIRS - 20_000}, conflicts 0`);

      const ws = openWorkspace(path);
      try {
        const count = (entity: string) =>
          ws.db
            .prepare(
              'SELECT count(*) FROM facts f JOIN entities e ON e.id = f.entity_id WHERE e.code = ?',
            )
            .pluck()
            .get(entity);
        expect([count('OURS'), count('THEIRS')]).toEqual([OURS, THEIRS]);
        expect(
          ws.db
            .prepare(
              "SELECT sum(f.value) FROM facts f JOIN entities e ON e.id = f.entity_id WHERE e.code = 'THEIRS'",
            )
            .pluck()
            .get(),
        ).toBe((THEIRS * (THEIRS - 1)) / 2);
        expect(readDeskStatus(ws.db)).toMatchObject({ state: 'synced', waiting: 0, conflicts: [] });
        expect(await syncWorkspace(ws.db, 'ours')).toMatchObject({
          pushed: 0,
          pulled: 0,
          conflicts: [],
        });
      } finally {
        ws.close();
      }
      // Each of our facts reached the desk exactly once.
      expect(
        fx
          .cluster()
          .psql("SELECT count(*) FROM fact_history WHERE entity = 'OURS'", desk.db)
          .trim(),
      ).toBe(String(OURS));
    },
  );
});
