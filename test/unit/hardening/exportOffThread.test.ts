import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateExportWorker, stopExportWorker } from '../../../app/backend/export/exportInWorker';
import type { Memo } from '../../../shared/memo/memoTypes';
import { exportBenchMemo } from '../../bench/exportBenchMemo';
import { TEST_TOKEN, useTestServer } from '../../support/useTestServer';

const { dir, post } = useTestServer('tickmark-offthread-');

async function call(name: string, body: unknown): Promise<{ ok: boolean; value?: unknown }> {
  const headers = { 'x-tickmark-token': TEST_TOKEN, 'content-type': 'application/json' };
  return (await post(name, body, headers)).json as { ok: boolean; value?: unknown };
}

beforeAll(async () => {
  await call('workspace:create', { path: join(dir(), 'ws.tickmark'), sample: false });
});

afterAll(async () => {
  await stopExportWorker();
});

/** The 30-page bench memo, three times over: seconds of layout. */
function heavyMemo(): Memo {
  const { memo } = exportBenchMemo();
  return { ...memo, doc: { type: 'doc', content: [0, 1, 2].flatMap(() => memo.doc.content) } };
}

describe('a long export runs off the thread that answers requests', () => {
  it('finds the worker entry from source (tsx/vitest) as exportWorker.ts', () => {
    const found = locateExportWorker();
    expect(found?.kind).toBe('source');
    expect(found?.url.pathname).toMatch(/app\/backend\/export\/exportWorker\.ts$/);
  });

  it('answers other calls while an export is being laid out', async () => {
    const created = (await call('memos:create', { title: 'Heavy', memo: heavyMemo() })) as {
      ok: boolean;
      value: { id: number };
    };
    expect(created.ok).toBe(true);
    let exportDone = 0;
    const started = Date.now();
    const exporting = call('export:pdf', {
      memoId: created.value.id,
      options: { allowErrors: true },
    }).then((reply) => {
      exportDone = Date.now();
      return reply;
    });
    // Calls made while the export is under way, each answered before it ends.
    const answeredAt: number[] = [];
    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const reply = await call('memos:list', {});
      expect(reply.ok).toBe(true);
      answeredAt.push(Date.now());
    }
    const exported = (await exporting) as { ok: boolean; value: { pages: number } };
    expect(exported.ok).toBe(true);
    expect(exported.value.pages).toBeGreaterThan(60);
    expect(exportDone - started).toBeGreaterThan(answeredAt[4]! - started);
    // each call took a fraction of the export's time, not a wait behind it
    for (let i = 1; i < answeredAt.length; i++) {
      expect(answeredAt[i]! - answeredAt[i - 1]!).toBeLessThan(1_000);
    }
  }, 120_000);

  it('passes a refusal back as the same error', async () => {
    const created = (await call('memos:create', {
      title: 'Bad figure',
      memo: {
        meta: { title: 'Bad', author: '', date: '', subtitle: '' },
        doc: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [{ type: 'figure', attrs: { expr: 'NOPE.x', format: '' } }],
            },
          ],
        },
      },
    })) as { value: { id: number } };
    const reply = (await call('export:pdf', { memoId: created.value.id })) as {
      ok: boolean;
      error: { code: string; message: string; problems: { place: string; message: string }[] };
    };
    expect(reply.ok).toBe(false);
    expect(reply.error.message).toMatch(/1 figure error/);
    expect(reply.error.problems.map((p) => p.message).join()).toMatch(/NOPE/);
  }, 60_000);
});
