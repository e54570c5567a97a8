import { request } from 'node:http';
import { join } from 'node:path';
import { DISK_FULL_MESSAGE } from '../../../app/backend/db/writeTransaction';
import { createMemo } from '../../../app/backend/memos/memoWrites';
import { createWorkspace } from '../../../app/backend/workspace/createWorkspace';
import { useTempFolder } from '../backend/tempFolder';
import { memo, p } from '../export/memoBuilders';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../app/backend/createBackend';
import { importRejection } from '../../../app/backend/import/importProblem';
import { startServer, type RunningServer } from '../../../app/server/startServer';

describe('CSV rejection wording', () => {
  it('says "over N more problems" for a list cut short, never "more more"', () => {
    const problems = [2, 3, 4].map((line) => ({
      line,
      column: 'value',
      message: '"x" is not a number',
    }));
    const { message, problems: listed } = importRejection('big.csv', problems, true);
    expect(message).not.toContain('more more');
    expect(message).toContain('(and over 2 more problems: line 3, column value');
    expect(listed?.map((p) => p.place)).toEqual([
      'line 2, column value',
      'line 3, column value',
      'line 4, column value',
    ]);
  });
});

describe('browser mode: a malformed address', () => {
  let backend: Backend;
  let server: RunningServer;
  beforeAll(async () => {
    backend = createBackend({ mode: 'test' });
    server = await startServer({ backend, token: 'tok' });
  });
  afterAll(async () => {
    await server.close();
    backend.close();
  });

  const get = (path: string, method = 'GET'): Promise<{ status: number; body: string }> =>
    new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, method, path }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end();
    });

  it.each([
    ['/%E0%A4%A', 'GET'],
    ['/assets/%zz.js', 'GET'],
    ['/api/invoke/app:info%', 'POST'],
  ])('%s (%s) is 400 before the token check, with no exception text', async (path, method) => {
    const reply = await get(path, method);
    expect(reply.status).toBe(400);
    expect(reply.body).toContain('the address is malformed');
    expect(reply.body).not.toMatch(/URIError|at /);
  });
});

describe('a full disk', () => {
  const tempFolder = useTempFolder('tickmark-full-');

  it('is reported as "the disk is full", with nothing written', () => {
    const ws = join(tempFolder(), 'ws.tickmark');
    const workspace = createWorkspace(ws);
    try {
      const { db } = workspace;
      const pages = Number(db.pragma('page_count', { simple: true }));
      // SQLite's own SQLITE_FULL, as a full disk gives it: the file may not grow a page.
      db.pragma(`max_page_count = ${pages}`);
      const big = memo({ title: 'Big' }, p('x'.repeat(200_000)));
      let caught: unknown;
      try {
        createMemo(db, { title: 'Big', memo: big });
      } catch (error) {
        caught = error;
      }
      expect(caught).toMatchObject({ message: DISK_FULL_MESSAGE });
      expect(db.prepare('SELECT count(*) FROM memos').pluck().get()).toBe(0);
      expect(db.inTransaction).toBe(false);
    } finally {
      workspace.close();
    }
  });
});
