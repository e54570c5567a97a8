import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './support/appTest';

test('an API call from the app page without the token is refused with 403', async ({
  page,
  app,
}) => {
  await page.goto(`http://127.0.0.1:${app.server.port}/`);
  const status = await page.evaluate(async () => {
    const response = await fetch('/api/invoke/app:info', { method: 'POST', body: '{}' });
    return response.status;
  });
  expect(status).toBe(403);
});

test('an API call with a wrong token is refused with 403', async ({ page, app }) => {
  await page.goto(`http://127.0.0.1:${app.server.port}/`);
  const status = await page.evaluate(async () => {
    const response = await fetch('/api/invoke/app:info', {
      method: 'POST',
      headers: { 'x-tickmark-token': 'not-the-token' },
      body: '{}',
    });
    return response.status;
  });
  expect(status).toBe(403);
});

test('a page of another origin cannot use the API, even holding the token', async ({
  page,
  app,
}) => {
  const target = join(mkdtempSync(join(tmpdir(), 'tickmark-guard-')), 'planted.tickmark');
  // A hostile page served from another port of 127.0.0.1: another origin, as any web page is.
  const evil = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>elsewhere</title>');
  });
  await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
  const evilPort = (evil.address() as AddressInfo).port;
  try {
    await page.goto(`http://127.0.0.1:${evilPort}/`);
    await page.evaluate(
      async ({ port, token, path }) => {
        // With the token header, the browser must first ask (CORS preflight): refused.
        await fetch(`http://127.0.0.1:${port}/api/invoke/workspace:create`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-tickmark-token': token },
          body: JSON.stringify({ path }),
        }).catch(() => undefined);
        // A "simple" request goes out without a preflight, token in the query: refused too.
        await fetch(`http://127.0.0.1:${port}/api/invoke/workspace:create?token=${token}`, {
          method: 'POST',
          mode: 'no-cors',
          headers: { 'content-type': 'text/plain' },
          body: JSON.stringify({ path }),
        }).catch(() => undefined);
        await fetch(`http://127.0.0.1:${port}/api/invoke/workspace:create`, {
          method: 'POST',
          mode: 'no-cors',
          headers: { 'content-type': 'text/plain' },
          body: JSON.stringify({ path }),
        }).catch(() => undefined);
      },
      { port: app.server.port, token: app.server.token, path: target },
    );
    expect(app.server.refusedCount()).toBe(3);
    expect(existsSync(target)).toBe(false);
    expect(app.backend.workspace.info()?.path).toBe(app.workspacePath);
  } finally {
    evil.close();
  }
});
