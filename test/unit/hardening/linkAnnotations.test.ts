import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_LINKS_PER_PAGE } from '../../../app/backend/export/drawLine';
import { exportMemoPdf } from '../../../app/backend/export/exportMemoPdf';
import { evaluateMemo } from '../../../shared/memo/evaluateMemo';
import type { Memo } from '../../../shared/memo/memoTypes';
import { link, memo, p } from '../export/memoBuilders';

/** Link annotations on each page, counted by pikepdf (Debian's python has it). */
function linksPerPage(pdf: Uint8Array): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'tickmark-links-'));
  try {
    const file = join(dir, 'm.pdf');
    writeFileSync(file, pdf);
    const script =
      'import pikepdf,sys,json\n' +
      'pdf=pikepdf.open(sys.argv[1])\n' +
      'print(json.dumps([sum(1 for a in p.obj.get("/Annots",[]) if a.get("/Subtype")=="/Link") for p in pdf.pages]))';
    return JSON.parse(
      execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' }),
    ) as number[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const exported = async (m: Memo): Promise<Uint8Array> => exportMemoPdf(m, evaluateMemo(m, []));

describe('link annotations', () => {
  it('one link of many words is one annotation per line, not one per word', async () => {
    const words = Array.from({ length: 12 }, (_, i) => `word${i}`).join(' ');
    const counts = linksPerPage(
      await exported(memo({ title: 'L' }, p(link(words, 'https://example.com/a')))),
    );
    expect(counts).toEqual([1]);
  });

  it(`a page holds at most ${MAX_LINKS_PER_PAGE} links; the text stays`, async () => {
    const parts = Array.from({ length: 1500 }, (_, i) => link('x', `https://example.com/${i}`));
    const counts = linksPerPage(await exported(memo({ title: 'Many' }, p(...parts))));
    expect(Math.max(...counts)).toBeLessThanOrEqual(MAX_LINKS_PER_PAGE);
    expect(counts[0]).toBe(MAX_LINKS_PER_PAGE);
  });
});
