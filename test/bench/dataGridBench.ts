import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { build } from 'vite';
import type { BenchCase, BenchFigure } from './benchTypes';
import { median, percentile } from './measure';
import { createBackend, type Backend } from '../../app/backend/createBackend';
import { startServer } from '../../app/server/startServer';
import { chromiumLaunchOptions } from '../e2e/support/chromiumLaunchOptions';
import { formatNumber } from '../../shared/format/formatNumber';

const FACTS = 100_000;
const SCROLL_FRAMES = 240;
const FACT_CHANGES = 20;
const PLAIN = 'static 3,000-row list';
const GRID = '[data-testid="fact-grid"]';
const RENDERER_CONFIG = fileURLToPath(new URL('../../renderer/vite.config.ts', import.meta.url));

/**
 * The data browser in Chromium over a workspace of 100,000 facts: opening it, scrolling the
 * grid (frame times at 120 px and 800 px a frame, against Chromium scrolling a static list),
 * and a fact written through the API reaching the cell on screen (`facts:changed`, repaint).
 */
export const dataGridBench: BenchCase = {
  name: 'data grid',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'tickmark-grid-bench-'));
    const staticDir = join(dir, 'renderer');
    await build({
      configFile: RENDERER_CONFIG,
      logLevel: 'warn',
      build: { outDir: staticDir, emptyOutDir: true },
    });
    const backend = createBackend({ mode: 'test' });
    backend.workspace.create(join(dir, 'bench.tickmark'), { sample: false });
    await call(backend, 'facts:upsertMany', { facts: benchFacts() });
    const server = await startServer({ backend, staticDir });
    const { args, ...launch } = chromiumLaunchOptions();
    // Frames as soon as there is something to draw, so a frame time measures work, not vsync.
    const browser = await chromium.launch({
      ...launch,
      args: [...args, '--disable-gpu-vsync', '--disable-frame-rate-limit'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      // tsx names functions with an `__name` helper the page does not have.
      await page.addInitScript('window.__name = (fn) => fn;');
      await page.goto(server.url);
      await page.getByTestId('workspace-path').waitFor();
      const start = performance.now();
      await page.keyboard.press('Control+Shift+D');
      await page.locator('.fact-grid-body .fact-row[data-fact-key]').first().waitFor();
      const open = performance.now() - start;
      await page.waitForLoadState('networkidle');
      const frames = await scrollFrames(page, GRID, 120);
      const jumps = await scrollFrames(page, GRID, 800);
      const domRows = await page.locator('.fact-grid-body .fact-row').count();
      const refresh = await refreshTimes(page, backend);
      const plain = await plainListFrames(
        await browser.newPage({ viewport: { width: 1440, height: 900 } }),
      );
      return [
        {
          name: `open the data browser on ${FACTS.toLocaleString('en-US')} facts`,
          value: open,
          unit: 'ms',
          target: '< 500 ms',
        },
        {
          name: `scroll 120 px a frame, p95 (${domRows} rows in the DOM)`,
          value: percentile(frames, 95),
          unit: 'ms',
          target: '< 16 ms',
          baseline: { name: PLAIN, value: percentile(plain.scroll, 95) },
        },
        {
          name: 'scroll 120 px a frame, median',
          value: median(frames),
          unit: 'ms',
          baseline: { name: PLAIN, value: median(plain.scroll) },
        },
        {
          name: 'jump 800 px a frame, p95',
          value: percentile(jumps, 95),
          unit: 'ms',
          baseline: { name: PLAIN, value: percentile(plain.jump, 95) },
        },
        {
          name: 'jump 800 px a frame, median',
          value: median(jumps),
          unit: 'ms',
          baseline: { name: PLAIN, value: median(plain.jump) },
        },
        {
          name: 'fact written through the API to the cell repainted, p95',
          value: percentile(refresh, 95),
          unit: 'ms',
          target: '< 100 ms',
        },
        {
          name: 'fact written through the API to the cell repainted, median',
          value: median(refresh),
          unit: 'ms',
        },
      ] satisfies BenchFigure[];
    } finally {
      await browser.close();
      await server.close();
      backend.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

function benchFacts() {
  return Array.from({ length: FACTS }, (_, i) => ({
    entity: `CO${String(i % 1000).padStart(4, '0')}`,
    metric: `metric_${String(Math.floor(i / 1000)).padStart(3, '0')}`,
    period: 'FY2025',
    value: (i + 1) * 1_000_000,
    unit: 'USD',
    source: 'bench',
  }));
}

/** Scrolls `selector` by `step` px a frame and returns the time of each frame. */
async function scrollFrames(page: Page, selector: string, step: number): Promise<number[]> {
  return page.evaluate(
    async ([selector, step, count]) => {
      const grid = document.querySelector<HTMLElement>(selector);
      if (!grid) throw new Error(`no ${selector}`);
      grid.scrollTop = 0;
      const times: number[] = [];
      let last = performance.now();
      await new Promise<void>((resolve) => {
        const tick = (now: number): void => {
          times.push(now - last);
          last = now;
          if (times.length > count) return resolve();
          grid.scrollTop += step;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      return times.slice(1);
    },
    [selector, step, SCROLL_FRAMES] as const,
  );
}

/**
 * The baseline: Chromium scrolling a plain, fully rendered list of 3,000 rows laid out like
 * the grid's, with no script at all: what this machine's renderer costs by itself.
 */
async function plainListFrames(page: Page): Promise<{ scroll: number[]; jump: number[] }> {
  const cells = [
    '<b>CO0001</b>',
    'metric_001',
    'FY2025',
    '<b>$12m</b>',
    'USD',
    'bench',
    '2026-01-30',
    'a note',
  ];
  const row = `<div class="r">${cells.map((c) => `<span>${c}</span>`).join('')}</div>`;
  await page.setContent(
    `<style>body{margin:0;font:13px sans-serif}.g{position:absolute;left:460px;top:96px;right:0;bottom:26px;overflow:auto}` +
      `.r{display:grid;grid-template-columns:124px 140px 92px 116px 60px 120px 108px 1fr;height:34px;align-items:center;border-bottom:1px solid #eee}` +
      `.r span{padding:0 12px;white-space:nowrap;overflow:hidden}</style><div class="g">${row.repeat(3000)}</div>`,
  );
  await page.evaluate('window.__name = (fn) => fn');
  return { scroll: await scrollFrames(page, '.g', 120), jump: await scrollFrames(page, '.g', 800) };
}

/** Changes the fact in the first row through the API and times until the new value is painted. */
async function refreshTimes(page: Page, backend: Backend): Promise<number[]> {
  await page.evaluate(() => {
    document.querySelector<HTMLElement>('[data-testid="fact-grid"]')!.scrollTop = 0;
  });
  const cell = page.locator(
    '.fact-grid-body .fact-row[data-fact-key="CO0000.metric_000.FY2025"] [data-field=value]',
  );
  await cell.waitFor();
  const times: number[] = [];
  for (let i = 0; i < FACT_CHANGES; i++) {
    const expected = formatNumber((i + 2) * 1_000_000, '', 'USD');
    const probe = page.evaluate(
      (text) =>
        new Promise<number>((resolve) => {
          const start = performance.now();
          const check = (): void => {
            const el = document.querySelector(
              '.fact-grid-body .fact-row[data-fact-key="CO0000.metric_000.FY2025"] [data-field=value]',
            );
            if (el?.textContent === text)
              requestAnimationFrame(() => resolve(performance.now() - start));
            else requestAnimationFrame(check);
          };
          check();
        }),
      expected,
    );
    await call(backend, 'facts:update', {
      ref: { entity: 'CO0000', metric: 'metric_000', period: 'FY2025' },
      set: { value: (i + 2) * 1_000_000 },
    });
    times.push(await probe);
  }
  return times.slice(2);
}

async function call(backend: Backend, name: string, args: unknown): Promise<unknown> {
  const result = await backend.router.invoke(name, args);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}
