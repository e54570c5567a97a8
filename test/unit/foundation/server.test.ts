import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { createBackend, type Backend } from '../../../app/backend/createBackend';
import { startServer, type RunningServer } from '../../../app/server/startServer';

let backend: Backend;
let server: RunningServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tickmark-server-'));
  backend = createBackend({ mode: 'test' });
  server = await startServer({ backend, token: 'test-token' });
});

afterAll(async () => {
  await server.close();
  backend.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A raw request, so that the Host and Origin headers are exactly what a hostile page could send. */
function post(
  name: string,
  body: unknown,
  headers: Record<string, string>,
): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
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
  });
}

describe('browser mode over HTTP', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=test-token$/);
  });

  it('answers a call that carries the token', async () => {
    const { status, json } = await post('app:info', {}, { 'x-tickmark-token': 'test-token' });
    expect(status).toBe(200);
    expect(json).toMatchObject({ ok: true, value: { mode: 'test', workspace: null } });
  });

  it.each([
    ['without a token', {}],
    ['with a wrong token', { 'x-tickmark-token': 'guess' }],
    ['from another origin', { 'x-tickmark-token': 'test-token', origin: 'https://evil.example' }],
  ])('refuses a call %s with 403 and does nothing', async (_label, headers) => {
    const path = join(dir, `refused-${Math.random()}.tickmark`);
    const { status } = await post('workspace:create', { path }, headers);
    expect(status).toBe(403);
    expect(backend.workspace.info()).toBeNull();
  });

  it('creates a workspace on disk through the API', async () => {
    const path = join(dir, 'created.tickmark');
    const { json } = await post('workspace:create', { path }, { 'x-tickmark-token': 'test-token' });
    expect(json).toEqual({ ok: true, value: { path, readOnly: false } });
    expect(backend.workspace.info()?.path).toBe(path);
  });

  it('pushes events to server-sent-event clients', async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/api/events?token=test-token`);
    const reader = response.body!.getReader();
    await reader.read(); // the ": connected" comment
    backend.events.emit('workspace:opened', { path: '/somewhere.tickmark', readOnly: true });
    const { value } = await reader.read();
    expect(new TextDecoder().decode(value)).toContain('"name":"workspace:opened"');
    await reader.cancel();
  });

  it('refuses the event stream without the token', async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/api/events`);
    expect(response.status).toBe(403);
  });
});
