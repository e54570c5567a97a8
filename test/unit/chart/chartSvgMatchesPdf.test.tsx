import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportMemoPdf } from '../../../app/backend/export/exportMemoPdf';
import { pageGeometry } from '../../../app/backend/export/pdfTheme';
import { layoutChart } from '../../../shared/chart/layoutChart';
import { chartTextWidth } from '../../../shared/chart/measureChartText';
import { evaluateMemo } from '../../../shared/memo/evaluateMemo';
import { markdownToMemo } from '../../../shared/memo/markdownToMemo';
import { ChartSvg } from '../../../renderer/editor/chart/ChartSvg';
import { chartFacts, fence } from './chartFacts';
import { GALLERY_CHARTS } from './chartGallery';

// The editor's SVG and the PDF's vector drawing of the same charts: same label texts at the
// same places, same bars, within a tolerance. One chart a page, so each page holds one.
const CHARTS = GALLERY_CHARTS.slice(0, 6);
const WIDTH = pageGeometry('A4').right - pageGeometry('A4').left;
const DESCENT = 494 / 2048;

interface Word {
  page: number;
  text: string;
  xMin: number;
  xMax: number;
  baseline: number;
}
interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
}

let dir = '';
const words: Word[] = [];
const rectsByPage = new Map<number, Rect[]>();
let scenes: ReturnType<typeof layoutChart>[] = [];
let imagesList = '';

const decode = (s: string): string =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

beforeAll(async () => {
  const read = markdownToMemo(
    `# Charts\n\n${CHARTS.map(fence).join('\n\n<!-- pagebreak -->\n\n')}\n`,
  );
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const evaluation = evaluateMemo(read.memo, chartFacts);
  scenes = evaluation.charts.map((c) => layoutChart(c.chart, WIDTH));
  const bytes = await exportMemoPdf(read.memo, evaluation, { ledger: false });
  dir = mkdtempSync(join(tmpdir(), 'tickmark-chart-'));
  const file = join(dir, 'charts.pdf');
  writeFileSync(file, bytes);
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const m =
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(
        line,
      );
    if (!m) continue;
    const yMin = Number(m[2]);
    const yMax = Number(m[4]);
    // pdftotext's box is the font's ascent to descent: the baseline is the descent above yMax.
    const size = (yMax - yMin) / ((1984 + 494) / 2048);
    words.push({
      page,
      text: decode(m[5]!),
      xMin: Number(m[1]),
      xMax: Number(m[3]),
      baseline: yMax - DESCENT * size,
    });
  }
  const pages = Number(
    /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1],
  );
  for (let p = 1; p <= pages; p++) {
    const out = execFileSync(
      '/usr/bin/python3',
      [join(import.meta.dirname, 'pdfRects.py'), file, String(p)],
      {
        encoding: 'utf8',
      },
    );
    rectsByPage.set(
      p,
      out
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => {
          const [x, y, width, height, fill] = l.split(' ');
          return {
            x: Number(x),
            y: Number(y),
            width: Number(width),
            height: Number(height),
            fill: fill!,
          };
        }),
    );
  }
  imagesList = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function svgOf(index: number) {
  const markup = renderToStaticMarkup(<ChartSvg scene={scenes[index]!} label="chart" />);
  const texts = [
    ...markup.matchAll(/<text x="([-\d.]+)" y="([-\d.]+)"([^>]*)>([^<]*)<\/text>/g),
  ].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    rotated: m[3]!.includes('transform='),
    text: decode(m[4]!),
  }));
  const rects = [
    ...markup.matchAll(
      /<rect x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)" fill="([^"]+)"/g,
    ),
  ].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    width: Number(m[3]),
    height: Number(m[4]),
    fill: m[5]!,
  }));
  return { markup, texts, rects };
}

describe('the editor SVG and the PDF draw the same chart', () => {
  it('has no raster image in the PDF', () => {
    expect(imagesList.trim().split('\n')).toHaveLength(2); // the header lines only
  });

  it.each(CHARTS.map((_, i) => i))('chart %i: same label texts at the same places', (index) => {
    const page = index + 1;
    const { texts } = svgOf(index);
    const flat = texts.filter((t) => !t.rotated);
    expect(flat.length).toBeGreaterThan(4);
    const pageWords = words.filter((w) => w.page === page);
    // The chart's place on the page: where its first text (the title) landed.
    const first = flat[0]!;
    const anchor = pageWords.find((w) => w.text === first.text.split(' ')[0]);
    expect(anchor, `title "${first.text}" on page ${page}`).toBeDefined();
    const dx = anchor!.xMin - first.x;
    const dy = anchor!.baseline - first.y;
    expect(dx).toBeCloseTo(pageGeometry('A4').left, 1);
    for (const t of flat) {
      const parts = t.text.split(' ').filter(Boolean);
      const start = pageWords.find(
        (w) =>
          w.text === parts[0] &&
          Math.abs(w.xMin - (t.x + dx)) < 0.6 &&
          Math.abs(w.baseline - (t.y + dy)) < 0.6,
      );
      expect(start, `"${t.text}" at ${t.x + dx}, ${t.y + dy} on page ${page}`).toBeDefined();
    }
    // Every word of the chart in the PDF is a word of the SVG (nothing drawn only in one).
    const svgWords = new Set(texts.flatMap((t) => t.text.split(' ')));
    const chartWords = pageWords.filter(
      (w) => w.baseline >= dy - 12 && w.baseline <= dy + scenes[index]!.height + 2,
    );
    for (const w of chartWords) expect(svgWords.has(w.text), `PDF word "${w.text}"`).toBe(true);
  });

  it.each(CHARTS.map((_, i) => i))('chart %i: same bars (rectangles and colours)', (index) => {
    const { rects } = svgOf(index);
    const pdfRects = rectsByPage.get(index + 1) ?? [];
    const pageWords = words.filter((w) => w.page === index + 1);
    const first = svgOf(index).texts[0]!;
    const anchor = pageWords.find((w) => w.text === first.text.split(' ')[0])!;
    const dx = anchor.xMin - first.x;
    const dy = anchor.baseline - first.y;
    // A line chart draws lines and points, a bar or range chart its bars (and the legend's keys).
    // A line chart's only rectangles are its legend keys.
    if (scenes[index]!.items.some((i) => i.kind === 'circle'))
      expect(rects.every((r) => r.width === 7 && r.height === 7)).toBe(true);
    else expect(rects.length).toBeGreaterThan(0);
    for (const r of rects) {
      const match = pdfRects.find(
        (p) =>
          p.fill === r.fill &&
          Math.abs(p.x - (r.x + dx)) < 0.3 &&
          Math.abs(p.y - (r.y + dy)) < 0.3 &&
          Math.abs(p.width - r.width) < 0.3 &&
          Math.abs(p.height - r.height) < 0.3,
      );
      expect(match, `rect ${JSON.stringify(r)} on page ${index + 1}`).toBeDefined();
    }
  });

  it('measures labels with the PDF font: each label ends where the PDF word ends', () => {
    let checked = 0;
    scenes.forEach((scene, index) => {
      const pageWords = words.filter((w) => w.page === index + 1);
      const first = svgOf(index).texts[0]!;
      const anchor = pageWords.find((w) => w.text === first.text.split(' ')[0])!;
      const dx = anchor.xMin - first.x;
      for (const item of scene.items) {
        if (item.kind !== 'text' || item.rotate || item.text.includes(' ')) continue;
        const word = pageWords.find(
          (w) => w.text === item.text && Math.abs(w.xMin - (item.x + dx)) < 0.6,
        );
        expect(word, item.text).toBeDefined();
        const measured = chartTextWidth(item.text, item.face, item.size);
        expect(Math.abs(word!.xMax - word!.xMin - measured), item.text).toBeLessThan(0.05);
        checked += 1;
      }
    });
    expect(checked).toBeGreaterThan(100);
  });
});
