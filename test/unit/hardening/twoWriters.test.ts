import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { createBackend, type Backend } from '../../../app/backend/createBackend';
import { WORKSPACE_BUSY_MESSAGE, writeTransaction } from '../../../app/backend/db/writeTransaction';
import { startServer, type RunningServer } from '../../../app/server/startServer';
import { useTempFolder } from '../backend/tempFolder';

const tempFolder = useTempFolder('tickmark-writers-');
const SET_LOOP = fileURLToPath(new URL('./setLoop.ts', import.meta.url));
const PER_WRITER = 40;
const SERVER_WRITES = 40;

let backend: Backend | null = null;
let server: RunningServer | null = null;
afterEach(async () => {
  await server?.close();
  backend?.close();
  server = backend = null;
});

function call(
  name: string,
  body: unknown,
): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server!.port,
        method: 'POST',
        path: `/api/invoke/${name}`,
        headers: { 'x-tickmark-token': 't', 'content-type': 'application/json' },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve(JSON.parse(text) as never));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

function setLoop(ws: string, entity: string): Promise<{ failures: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', SET_LOOP, ws, entity, String(PER_WRITER)],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`writer ${entity} exited ${code}: ${err}`));
      else resolve(JSON.parse(out) as { failures: string[] });
    });
  });
}

describe('two writers on one workspace', () => {
  it('the server and two CLI writers in parallel: no failures, no lost writes', async () => {
    const ws = join(tempFolder(), 'ws.tickmark');
    backend = createBackend({ mode: 'test' });
    server = await startServer({ backend, token: 't' });
    expect((await call('workspace:create', { path: ws, sample: false })).ok).toBe(true);
    const memo = (await call('memos:create', { title: 'Busy' })) as { value: { id: number } };
    let writersDone = false;
    const writers = Promise.all([setLoop(ws, 'CLI_A'), setLoop(ws, 'CLI_B')]).finally(() => {
      writersDone = true;
    });
    const serverFailures: string[] = [];
    let version = 1;
    // The app keeps saving until both CLI writers are done (and at least SERVER_WRITES times).
    let i = 0;
    for (; i < SERVER_WRITES || !writersDone; i++) {
      const fact = await call('facts:create', {
        entity: 'SRV',
        metric: `m${i}`,
        period: 'FY2025',
        value: i + 1,
      });
      if (!fact.ok) serverFailures.push(`fact ${i}: ${fact.error?.message}`);
      const saved = (await call('memos:save', {
        id: memo.value.id,
        baseVersion: version,
        memo: {
          meta: { title: `Busy ${i}`, author: '', date: '', subtitle: '' },
          doc: {
            type: 'doc',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: `v${i}` }] }],
          },
        },
      })) as { ok: boolean; value?: { version: number }; error?: { message: string } };
      if (saved.ok) version = saved.value!.version;
      else serverFailures.push(`memo ${i}: ${saved.error?.message}`);
    }
    const results = await writers;
    const serverWrites = i;
    expect(serverFailures).toEqual([]);
    expect(results.flatMap((r) => r.failures)).toEqual([]);

    const db = new Database(ws, { readonly: true });
    try {
      const counts = db
        .prepare(
          'SELECT e.code, count(*) AS n, sum(f.value) AS total FROM facts f JOIN entities e ON e.id = f.entity_id GROUP BY e.code ORDER BY e.code',
        )
        .all();
      const expected = (n: number): number => (n * (n + 1)) / 2;
      expect(counts).toEqual([
        { code: 'CLI_A', n: PER_WRITER, total: expected(PER_WRITER) },
        { code: 'CLI_B', n: PER_WRITER, total: expected(PER_WRITER) },
        { code: 'SRV', n: serverWrites, total: expected(serverWrites) },
      ]);
      expect(db.prepare('SELECT version FROM memos WHERE id = ?').pluck().get(memo.value.id)).toBe(
        serverWrites + 1,
      );
    } finally {
      db.close();
    }
  }, 300_000);

  it('past the busy timeout, a write is refused with the busy error, nothing written', () => {
    const path = join(tempFolder(), 'busy.sqlite');
    const holder = new Database(path);
    holder.pragma('journal_mode = WAL');
    holder.exec('CREATE TABLE t (x INTEGER)');
    const writer = new Database(path);
    writer.pragma('busy_timeout = 50');
    holder.exec('BEGIN IMMEDIATE');
    try {
      let caught: unknown;
      try {
        writeTransaction(writer, () => writer.prepare('INSERT INTO t VALUES (1)').run());
      } catch (error) {
        caught = error;
      }
      expect(caught).toMatchObject({ code: 'busy', message: WORKSPACE_BUSY_MESSAGE });
    } finally {
      holder.exec('ROLLBACK');
    }
    expect(writer.prepare('SELECT count(*) FROM t').pluck().get()).toBe(0);
    holder.close();
    writer.close();
  });
});
