import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportMemoPdf } from '../../../app/backend/export/exportMemoPdf';
import { fitToWidth } from '../../../app/backend/export/fitToWidth';
import { evaluateMemo } from '../../../shared/memo/evaluateMemo';
import { markdownToMemo } from '../../../shared/memo/markdownToMemo';
import { SINGLE_LINE_MAX } from '../../../shared/memo/textLimits';
import { validateMemo } from '../../../shared/memo/validateMemo';
import { backendWithWorkspace } from '../backend/backendWithWorkspace';
import { useTempFolder } from '../backend/tempFolder';
import { tickmark } from '../cli/runTickmark';
import { usePdfTools } from '../export/openedPdfs';
import { memo, p, pageBreak } from '../export/memoBuilders';

const LONG = 'W'.repeat(20_000);
const open = usePdfTools();
const tempFolder = useTempFolder('tickmark-long-');

describe('the running header fits a title with a few measurements', () => {
  it('measures a 20,000-character title about log2 times, not once per character', () => {
    const measured: number[] = [];
    const measure = (text: string): number => {
      measured.push(text.length);
      return text.length * 5;
    };
    const fitted = fitToWidth(LONG, 300, measure, 2);
    expect(fitted).toBe(`${'W'.repeat(59)}…`);
    expect(measured.length).toBeLessThanOrEqual(12);
    // never measures more than could fit at the narrowest glyph
    expect(Math.max(...measured)).toBeLessThanOrEqual(152);
  });

  it('keeps a title that fits, and otherwise the longest start that fits (as a linear search finds)', () => {
    const measure = (text: string): number => text.length * 5;
    const title = 'A title of some length here';
    expect(fitToWidth(title, 300, measure, 2)).toBe(title);
    for (let width = 10; width < 130; width += 3) {
      let count = title.length;
      while (count > 1 && measure(`${title.slice(0, count).trimEnd()}…`) > width) count--;
      expect(fitToWidth(title, width, measure, 2)).toBe(`${title.slice(0, count).trimEnd()}…`);
    }
  });

  it('exports a memo whose stored title is 20,000 characters, quickly, header cut with …', async () => {
    const m = memo({ title: LONG }, p('One.'), pageBreak(), p('Two.'), pageBreak(), p('Three.'));
    // Before: 20,000 characters ran out of heap after minutes (the test's own timeout ends
    // it). `npm run bench hardening` has the figure beside a short title's.
    const pdf = open(await exportMemoPdf(m, evaluateMemo(m, [])));
    const last = pdf.text(pdf.pageCount());
    expect(last).toContain('Three.');
    expect(last).toMatch(/W+…/);
  }, 30_000);
});

describe('single-line fields are capped at a documented length', () => {
  it(`refuses a title block field over ${SINGLE_LINE_MAX} characters, naming it`, () => {
    const result = validateMemo(memo({ title: LONG }, p('x')));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        where: 'meta.title',
        what: 'is 20,000 characters long; a single-line field holds at most 500',
      },
    ]);
    expect(validateMemo(memo({ title: 'T'.repeat(SINGLE_LINE_MAX) }, p('x'))).ok).toBe(true);
  });

  it('refuses a 1 MB front matter at once, with its line', () => {
    const markdown = `---\ntitle: "${'x'.repeat(1_000_000)}"\n---\n\nBody.\n`;
    const result = markdownToMemo(markdown);
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          where: 'line 2',
          what: 'front matter is 1,000,009 characters long; it holds at most 8,000 (title, author, date, subtitle)',
        },
      ],
    });
  });

  it('refuses a front matter title over the cap with its line', () => {
    const result = markdownToMemo(`---\nauthor: R\ntitle: ${'x'.repeat(600)}\n---\n\nBody.\n`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toEqual({
      where: 'line 3',
      what: 'front matter: "title" is 600 characters long; a single-line field holds at most 500',
    });
  });

  it('memos:create and memos:rename refuse a 20,000-character title as invalid_args', async () => {
    const t = await backendWithWorkspace(tempFolder());
    const created = await t.fail('memos:create', { title: LONG });
    expect(created.code).toBe('invalid_args');
    expect(created.message).toContain("A memo's title holds at most 500 characters");
    const fromMemo = await t.fail('memos:create', {
      title: 'Fine',
      memo: memo({ title: LONG }, p('x')),
    });
    expect(fromMemo.message).toContain('meta.title: is 20,000 characters long');
    t.backend.close();
  });

  it('tickmark memo add refuses a 20,000-character title with one line, the file unchanged', () => {
    const dir = tempFolder();
    expect(tickmark(['init', 'ws.tickmark'], dir).code).toBe(0);
    writeFileSync(join(dir, 'long.md'), `---\ntitle: ${LONG}\n---\n\nBody.\n`);
    const run = tickmark(['memo', 'add', 'ws.tickmark', 'long.md'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/front matter is 20,007 characters long; it holds at most 8,000/);
    expect(tickmark(['memo', 'list', 'ws.tickmark'], dir).stdout).toBe('');
  }, 60_000);
});
