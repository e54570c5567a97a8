import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend } from '../../../app/backend/createBackend';
import { startServer, type RunningServer } from '../../../app/server/startServer';

/**
 * Browser mode's recent workspaces: kept per user on the server's side, in the same
 * `recent-workspaces.json` the desktop app keeps, and answered by `workspace:recent`.
 */
const dir = mkdtempSync(join(tmpdir(), 'tickmark-recent-'));
const file = join(dir, 'home', 'recent-workspaces.json');
const open: { backend: Backend; server: RunningServer }[] = [];

async function closeAll(): Promise<void> {
  for (const { backend, server } of open.splice(0)) {
    await server.close();
    backend.close();
  }
}
afterEach(closeAll);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function browserMode(): Promise<(name: string, args: unknown) => Promise<unknown>> {
  const backend = createBackend({ mode: 'browser', recentWorkspacesFile: file });
  const server = await startServer({ backend, token: 'tok' });
  open.push({ backend, server });
  return async (name, args) => {
    const response = await fetch(`http://127.0.0.1:${server.port}/api/invoke/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tickmark-token': 'tok' },
      body: JSON.stringify(args),
    });
    return response.json();
  };
}

describe('recent workspaces in browser mode', () => {
  it('lists what was opened or created, newest first, and keeps it across server runs', async () => {
    const a = join(dir, 'Acme.tickmark');
    const b = join(dir, 'Zeta.tickmark');
    const call = await browserMode();
    expect(await call('workspace:recent', {})).toEqual({
      ok: true,
      value: { recent: [], lastFailure: null },
    });
    await call('workspace:create', { path: a, sample: false });
    await call('workspace:create', { path: b, sample: false });
    await call('workspace:open', { path: a });
    const listed = {
      recent: [
        { path: a, name: 'Acme' },
        { path: b, name: 'Zeta' },
      ],
      lastFailure: null,
    };
    expect(await call('workspace:recent', {})).toEqual({ ok: true, value: listed });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ recent: [a, b] });

    // A refused file does not join the list.
    const notes = join(dir, 'Notes.tickmark');
    writeFileSync(notes, 'not a workspace\n'.repeat(100));
    expect(await call('workspace:open', { path: notes })).toMatchObject({ ok: false });

    // The next run (or the desktop app) reads the same list.
    await closeAll();
    const again = await browserMode();
    expect(await again('workspace:recent', {})).toEqual({ ok: true, value: listed });
  });
});
