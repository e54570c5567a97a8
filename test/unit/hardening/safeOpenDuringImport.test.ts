import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledMigrations } from '../../../app/backend/db/migrations/index';
import { inspectWorkspaceFile } from '../../../app/backend/workspace/inspectWorkspaceFile';
import { useTempFolder } from '../backend/tempFolder';
import { tickmark } from '../cli/runTickmark';

const tempFolder = useTempFolder('tickmark-safeopen-');
const IMPORT_LOOP = fileURLToPath(new URL('./importLoop.ts', import.meta.url));

describe('the safe-open check during a large import by another program', () => {
  it('never calls the healthy workspace damaged', async () => {
    const dir = tempFolder();
    expect(tickmark(['init', 'ws.tickmark'], dir).code).toBe(0);
    const ws = join(dir, 'ws.tickmark');
    const child = spawn(process.execPath, ['--import', 'tsx', IMPORT_LOOP, ws, '6', '20000'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    let running = true;
    const exited = new Promise<number | null>((resolve) =>
      child.on('close', (code) => {
        running = false;
        resolve(code);
      }),
    );
    const refusals: string[] = [];
    let checks = 0;
    while (running) {
      try {
        inspectWorkspaceFile(ws, bundledMigrations());
      } catch (error) {
        refusals.push(error instanceof Error ? error.message : String(error));
      }
      checks++;
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(await exited, err).toBe(0);
    expect(refusals).toEqual([]);
    expect(checks).toBeGreaterThan(20);
  }, 300_000);
});
