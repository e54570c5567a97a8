import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../app/backend/createBackend';
import { createWorkspace } from '../../../app/backend/workspace/createWorkspace';
import { openWorkspace } from '../../../app/backend/workspace/openWorkspace';
import { MIGRATION_NAMES } from '../../../app/backend/db/migrations/index';
import { folderFingerprint, useTempFolder } from './tempFolder';

const temp = useTempFolder();

describe('a read-only workspace file', () => {
  it('opens read-only and says so, shows its facts, refuses writes, and is left untouched', async () => {
    const path = join(temp(), 'locked.tickmark');
    createWorkspace(path, { sample: true }).close();
    chmodSync(path, 0o444);
    const before = folderFingerprint(temp());

    const backend = createBackend({ mode: 'test' });
    const opened = await backend.router.invoke('workspace:open', { path });
    expect(opened).toEqual({ ok: true, value: { path, readOnly: true } });
    const list = await backend.router.invoke('facts:list', { scenario: '' });
    expect(list).toMatchObject({ ok: true, value: { total: 8 } });
    const write = await backend.router.invoke('facts:update', {
      ref: { entity: 'AMZN', metric: 'capex', period: 'FY2025' },
      set: { value: 1 },
    });
    expect(write).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message: 'This workspace is open read-only: changes cannot be saved.',
      },
    });
    const memo = await backend.router.invoke('memos:create', { title: 'Nope' });
    expect(memo.ok).toBe(false);
    backend.close();

    expect(folderFingerprint(temp())).toEqual(before);
  });

  it('opens read-only on request, even when the file is writable', () => {
    const path = join(temp(), 'asked.tickmark');
    createWorkspace(path).close();
    const before = folderFingerprint(temp());
    const ws = openWorkspace(path, { readOnly: true });
    expect(ws.readOnly).toBe(true);
    expect(ws.info()).toEqual({ path, readOnly: true });
    expect(ws.db.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(
      MIGRATION_NAMES.length,
    );
    ws.close();
    expect(folderFingerprint(temp())).toEqual(before);
  });

  it('a writable file opens writable', () => {
    const ws = createWorkspace(join(temp(), 'open.tickmark'));
    expect(ws.readOnly).toBe(false);
    expect(ws.info().readOnly).toBe(false);
    ws.close();
  });
});
