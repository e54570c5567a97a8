import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getMemo } from '../../../app/backend/memos/memoQueries';
import { saveMemo } from '../../../app/backend/memos/memoWrites';
import { openWorkspace } from '../../../app/backend/workspace/openWorkspace';
import { tickmark } from './runTickmark';

// Each case spawns the real command several times: on a loaded machine that takes a while.
let dir: string;
const ws = (): string => join(dir, 'sample.tickmark');
const MEMO = "Amazon's $50B bet on OpenAI";

/** Edits the memo's first paragraph as the app would save it. */
function editFirstParagraph(from: string, to: string): void {
  const workspace = openWorkspace(ws());
  try {
    const record = getMemo(workspace.db, 1);
    const json = JSON.stringify(record.memo).replace(from, to);
    saveMemo(workspace.db, { id: 1, baseVersion: record.version, memo: JSON.parse(json) });
  } finally {
    workspace.close();
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tickmark-diff-'));
  expect(tickmark(['init', 'sample.tickmark', '--sample'], dir).code).toBe(0);
}, 60_000);

describe('tickmark memo versions and tickmark diff', () => {
  it('says clearly when there is no version to compare with', () => {
    const run = tickmark(['diff', ws(), '1'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('tickmark diff: Memo 1 has no kept version yet.\n');
    expect(tickmark(['diff', ws(), '1', 'latest'], dir)).toMatchObject({
      code: 2,
      stderr:
        'tickmark diff: FROM is a version number (see tickmark memo versions), not "latest".\n',
    });
  }, 120_000);

  it('lists kept versions and explains each moved figure by the fact that moved it, then the text', () => {
    expect(tickmark(['export', ws(), MEMO, '-o', join(dir, 'a.pdf')], dir).code).toBe(0);
    const versions = tickmark(['memo', 'versions', ws(), MEMO], dir);
    expect(versions.code).toBe(0);
    expect(versions.stdout).toMatch(
      /^1\t\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\texport\tAmazon's \$50B bet on OpenAI\n$/,
    );

    expect(tickmark(['set', ws(), 'AMZN.capex.FY2025', '131000000000'], dir).code).toBe(0);
    editFirstParagraph('The deal would deepen', 'The deal could deepen');
    const run = tickmark(['diff', ws(), MEMO], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual(['Changes from version 1 to now', '']);
    // The sample's prose figures and its case table (base, bull, bear) read Amazon's capex.
    const changed = lines.filter((line) => line.includes(' → ') && line.includes('{{'));
    expect(lines[2]).toMatch(
      new RegExp(`^Figures changed: ${changed.length} \\(\\d+ unchanged\\)$`),
    );
    expect(lines).toContain('      AMZN.capex.FY2025: 125,000,000,000 → 131,000,000,000');
    expect(changed).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /\{\{ AMZN\.capex\.FY2025 \| usd_billion \}\}: \$125 billion → \$131 billion$/,
        ),
        expect.stringMatching(/\{\{ capex_share \| 0% \}\}: 40% → 38%$/),
      ]),
    );
    expect(lines).toContain('Text changed: 1 block');
    expect(lines.some((line) => line.includes('The deal [-would-]{+could+} deepen'))).toBe(true);
  }, 240_000);

  it('compares two kept versions by number, and prints JSON for scripts', () => {
    expect(tickmark(['export', ws(), MEMO, '-o', join(dir, 'b.pdf')], dir).code).toBe(0);
    const versions = tickmark(['memo', 'versions', ws(), MEMO], dir).stdout.trim().split('\n');
    expect(versions.map((line) => line.split('\t')[0])).toEqual(['2', '1']);
    const run = tickmark(['diff', ws(), MEMO, '1', '2', '--json'], dir);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as {
      from: { version: number };
      to: { version: number };
      figures: {
        changed: { to: { display: string }; causes: { text: string; fields: string[] }[] }[];
      };
      text: { status: string; redline: string }[];
    };
    expect([json.from.version, json.to.version]).toEqual([1, 2]);
    expect(json.figures.changed.map((c) => c.to.display).slice(0, 2)).toEqual([
      '$131 billion',
      '38%',
    ]);
    expect(json.figures.changed[0]?.causes).toEqual([
      expect.objectContaining({
        kind: 'fact',
        fields: ['value'],
        text: 'AMZN.capex.FY2025: 125,000,000,000 → 131,000,000,000',
      }),
    ]);
    expect(json.text.map((t) => t.status)).toEqual(['changed']);
    // From the latest version to now nothing moved.
    const none = tickmark(['diff', ws(), MEMO], dir);
    expect(none.stdout).toMatch(/Figures changed: 0 \(\d+ unchanged\)/);
    expect(none.stdout).toContain('Text changed: 0 blocks');
  }, 240_000);
});
