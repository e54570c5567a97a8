import { describe, expect, it } from 'vitest';
import type { Box, FlowItem, FootnoteBox } from '../../../app/backend/export/flowTypes';
import { paginate } from '../../../app/backend/export/paginate';

const area = { top: 0, bottom: 100, footnoteGap: 5 };
const box = (name: string, height = 10, extra: Partial<Box> = {}): Box & { name: string } => ({
  kind: 'box',
  name,
  height,
  draw: () => undefined,
  ...extra,
});
const names = (items: FlowItem[]): string[][] =>
  paginate(items, area).map((page) =>
    page.placements.map((p) => (p.box as Box & { name: string }).name),
  );
const lines = (prefix: string, n: number): Box[] =>
  Array.from({ length: n }, (_, i) =>
    box(`${prefix}${i + 1}`, 10, {
      keepWithNext: i === 0 || i === n - 2 ? n > 1 && i < n - 1 : false,
    }),
  );

describe('paginate', () => {
  it('fills a page and carries on to the next', () => {
    const pages = names(Array.from({ length: 12 }, (_, i) => box(`b${i}`)));
    expect(pages.map((p) => p.length)).toEqual([10, 2]);
  });

  it('never leaves a heading alone at the bottom of a page', () => {
    const items: FlowItem[] = [
      ...lines('x', 8),
      box('heading', 10, { keepWithNext: true }),
      ...lines('p', 4),
    ];
    const pages = names(items);
    expect(pages[0]!.at(-1)).toBe('x8');
    expect(pages[1]!.slice(0, 2)).toEqual(['heading', 'p1']);
  });

  it('moves a paragraph of three lines whole rather than split it', () => {
    const pages = names([...lines('x', 8), ...lines('p', 3)]);
    expect(pages[0]).not.toContain('p1');
    expect(pages[1]).toEqual(['p1', 'p2', 'p3']);
  });

  it('leaves at least two lines of a long paragraph on each page', () => {
    const pages = names([...lines('x', 7), ...lines('p', 6)]);
    const before = pages[0]!.filter((n) => n.startsWith('p'));
    const after = pages[1]!.filter((n) => n.startsWith('p'));
    expect(before.length).toBeGreaterThanOrEqual(2);
    expect(after.length).toBeGreaterThanOrEqual(2);
    expect(before.length + after.length).toBe(6);
  });

  it('drops space at the top of a page', () => {
    const plans = paginate([...lines('x', 10), { kind: 'space', height: 20 }, box('next')], area);
    expect(plans[1]!.placements[0]!.top).toBe(0);
  });

  it('starts a new page at a page break, and makes no empty pages', () => {
    const pages = names([
      { kind: 'pageBreak' },
      box('a'),
      { kind: 'pageBreak' },
      { kind: 'pageBreak' },
      box('b'),
    ]);
    expect(pages).toEqual([['a'], ['b']]);
  });

  it('repeats a table header at the top of each page the table continues on', () => {
    const header = box('header', 10, { keepWithNext: true });
    const rows = Array.from({ length: 15 }, (_, i) =>
      box(`row${i + 1}`, 10, { repeatHeader: header }),
    );
    const pages = names([header, ...rows]);
    expect(pages).toHaveLength(2);
    expect(pages[0]![0]).toBe('header');
    expect(pages[1]![0]).toBe('header');
    expect(pages.flat().filter((n) => n.startsWith('row'))).toHaveLength(15);
  });

  it('reserves room at the foot of the page for the footnotes of the lines on it', () => {
    const note: FootnoteBox = { height: 25, draw: () => undefined };
    const plans = paginate([box('with-note', 10, { footnotes: [note] }), ...lines('x', 9)], area);
    // 100 - (5 + 25) leaves 70 points: 7 boxes of 10.
    expect(plans[0]!.placements).toHaveLength(7);
    expect(plans[0]!.footnotes).toEqual([note]);
    expect(plans[1]!.footnotes).toEqual([]);
  });

  it('gives a box taller than a page a page of its own', () => {
    const pages = names([box('a'), box('huge', 150), box('b')]);
    expect(pages).toEqual([['a'], ['huge'], ['b']]);
  });
});
