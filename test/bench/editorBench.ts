import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import type { BenchCase, BenchFigure } from './benchTypes';
import { median, percentile } from './measure';
import { createBackend, type Backend } from '../../app/backend/createBackend';
import { startServer, type RunningServer } from '../../app/server/startServer';
import { buildEditorHarness, HARNESS_DIR } from '../e2e/support/buildEditorHarness';
import { chromiumLaunchOptions } from '../e2e/support/chromiumLaunchOptions';
import { benchFacts, benchMemo, DRIVER_FACT, DRIVER_FIGURES } from './editorBenchMemo';
import {
  armRepaintProbe,
  caretInTheMiddle,
  keystrokeTimes,
  recordKeystrokes,
  repaintTime,
} from './editorBenchPage';

const KEYSTROKES = 300;
const ROUNDS = 6;
const WARMUP_KEYSTROKES = 10;
const KEY_INTERVAL_MS = 45;
const FACT_CHANGES = 30;

/**
 * The memo editor in Chromium: typing in the middle of a 30-page memo with 500 figures and
 * 10 tables (p95 keystroke-to-frame, side by side with the same memo without figures), and a
 * fact change that repaints the 100 figures reading it (event to frame).
 */
export const editorBench: BenchCase = {
  name: 'editor',
  async run() {
    await buildEditorHarness();
    const dir = mkdtempSync(join(tmpdir(), 'tickmark-editor-bench-'));
    const backend = createBackend({ mode: 'test' });
    backend.workspace.create(join(dir, 'bench.tickmark'), { sample: false });
    await call(backend, 'facts:upsertMany', { facts: benchFacts() });
    const withFigures = await createMemo(backend, 'With figures', true);
    const withoutFigures = await createMemo(backend, 'Without figures', false);
    const server = await startServer({ backend, staticDir: HARNESS_DIR });
    const { args, ...launch } = chromiumLaunchOptions();
    // Frames as soon as there is something to draw, so a time measures work, not the wait for vsync.
    const browser = await chromium.launch({
      ...launch,
      args: [...args, '--disable-gpu-vsync', '--disable-frame-rate-limit'],
    });
    try {
      const { plain, live } = await typeInBoth(browser, server, withoutFigures, withFigures);
      const repaint = await factChangeRepaint(browser, server, backend, withFigures);
      const p95Plain = percentile(plain, 95);
      const figures: BenchFigure[] = [
        {
          name: 'keystroke to frame, p95, 500 figures',
          value: percentile(live, 95),
          unit: 'ms',
          target: '< 16 ms, ratio <= 1.2',
          baseline: { name: 'same memo without figures', value: p95Plain },
        },
        {
          name: 'keystroke to frame, median, 500 figures',
          value: median(live),
          unit: 'ms',
          baseline: { name: 'same memo without figures', value: median(plain) },
        },
        {
          name: `fact change repainting ${DRIVER_FIGURES} figures, p95`,
          value: percentile(repaint, 95),
          unit: 'ms',
          target: '< 16 ms',
        },
        {
          name: `fact change repainting ${DRIVER_FIGURES} figures, median`,
          value: median(repaint),
          unit: 'ms',
        },
      ];
      return figures;
    } finally {
      await browser.close();
      await server.close();
      backend.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

async function call(backend: Backend, name: string, args: unknown): Promise<unknown> {
  const result = await backend.router.invoke(name, args);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}

async function createMemo(backend: Backend, title: string, figures: boolean): Promise<number> {
  const created = (await call(backend, 'memos:create', {
    title,
    memo: benchMemo({ figures }),
  })) as { id: number };
  return created.id;
}

async function openMemo(browser: Browser, server: RunningServer, id: number) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${server.url}&memo=${id}`);
  await page.getByTestId('memo-doc').waitFor();
  await page.waitForLoadState('networkidle');
  return page;
}

/**
 * Types in the middle of both memos, in alternating rounds, so that whatever else the machine
 * is doing weighs on both sides alike.
 */
async function typeInBoth(
  browser: Browser,
  server: RunningServer,
  plainId: number,
  liveId: number,
): Promise<{ plain: number[]; live: number[] }> {
  const pages = {
    plain: await openMemo(browser, server, plainId),
    live: await openMemo(browser, server, liveId),
  };
  const times = { plain: [] as number[], live: [] as number[] };
  const text = 'the quick brown fox jumps over the lazy dog ';
  for (const side of ['plain', 'live'] as const) {
    await pages[side].bringToFront();
    await caretInTheMiddle(pages[side]);
    await recordKeystrokes(pages[side]);
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const side of round % 2 === 0
      ? (['plain', 'live'] as const)
      : (['live', 'plain'] as const)) {
      const page = pages[side];
      await page.bringToFront();
      for (let i = 0; i < KEYSTROKES / ROUNDS; i++) {
        await page.keyboard.type(text[i % text.length]!);
        await page.waitForTimeout(KEY_INTERVAL_MS);
      }
    }
  }
  for (const side of ['plain', 'live'] as const) {
    times[side] = (await keystrokeTimes(pages[side])).slice(WARMUP_KEYSTROKES);
    await pages[side].close();
  }
  return times;
}

async function factChangeRepaint(
  browser: Browser,
  server: RunningServer,
  backend: Backend,
  id: number,
): Promise<number[]> {
  const page = await openMemo(browser, server, id);
  await page.getByTestId('figure').first().waitFor();
  const times: number[] = [];
  for (let i = 0; i < FACT_CHANGES; i++) {
    await armRepaintProbe(page, DRIVER_FIGURES);
    await call(backend, 'facts:update', { ref: DRIVER_FACT, set: { value: (2 + i) * 1e9 } });
    times.push(await repaintTime(page));
    await page.waitForTimeout(50);
  }
  await page.close();
  return times.slice(3);
}
