import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { useTestServer } from '../../support/useTestServer';

const { backend, server, dir, post } = useTestServer('tickmark-server-');

describe('browser mode over HTTP', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server().url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=test-token$/);
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
    const path = join(dir(), `refused-${Math.random()}.tickmark`);
    const { status } = await post('workspace:create', { path }, headers);
    expect(status).toBe(403);
    expect(backend().workspace.info()).toBeNull();
  });

  it('creates a workspace on disk through the API', async () => {
    const path = join(dir(), 'created.tickmark');
    const { json } = await post('workspace:create', { path }, { 'x-tickmark-token': 'test-token' });
    expect(json).toEqual({ ok: true, value: { path, readOnly: false } });
    expect(backend().workspace.info()?.path).toBe(path);
  });

  it('pushes events to server-sent-event clients', async () => {
    const response = await fetch(`http://127.0.0.1:${server().port}/api/events?token=test-token`);
    const reader = response.body!.getReader();
    await reader.read(); // the ": connected" comment
    backend().events.emit('workspace:opened', { path: '/somewhere.tickmark', readOnly: true });
    const { value } = await reader.read();
    expect(new TextDecoder().decode(value)).toContain('"name":"workspace:opened"');
    await reader.cancel();
  });

  it('refuses the event stream without the token', async () => {
    const response = await fetch(`http://127.0.0.1:${server().port}/api/events`);
    expect(response.status).toBe(403);
  });
});
