import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createBackend, type Backend } from '../../app/backend/createBackend';
import { startServer, type RunningServer } from '../../app/server/startServer';

export const TEST_TOKEN = 'test-token';

export interface TestServer {
  backend(): Backend;
  server(): RunningServer;
  /** A fresh folder for the test's files, removed afterwards. */
  dir(): string;
  /** A raw POST to `/api/invoke/NAME`, with exactly the headers given (none added). */
  post(
    name: string,
    body: unknown,
    headers: Record<string, string>,
  ): Promise<{ status: number; json: unknown }>;
}

/**
 * A browser-mode server (token `test-token`) on a test backend, started before the file's tests
 * and closed after them. Raw requests, so a test controls every header a hostile page could send.
 */
export function useTestServer(prefix: string): TestServer {
  let backend: Backend;
  let server: RunningServer;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), prefix));
    backend = createBackend({ mode: 'test' });
    server = await startServer({ backend, token: TEST_TOKEN });
  });
  afterAll(async () => {
    await server.close();
    backend.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    backend: () => backend,
    server: () => server,
    dir: () => dir,
    post: (name, body, headers) =>
      new Promise((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: server.port,
            method: 'POST',
            path: `/api/invoke/${name}`,
            headers,
          },
          (res) => {
            let text = '';
            res.on('data', (chunk: Buffer) => (text += chunk.toString()));
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) as unknown }),
            );
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify(body));
      }),
  };
}
