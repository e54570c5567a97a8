import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../../app/backend/router/userError';
import { printFailure } from '../../../app/cli/printFailure';
import { tickmark } from './runTickmark';

let dir: string;
const ws = (): string => join(dir, 'empty.tickmark');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tickmark-cli-problems-'));
  expect(tickmark(['init', 'empty.tickmark'], dir).code).toBe(0);
}, 60_000);

const stderrLines = (text: string): string[] => text.replace(/\n$/, '').split('\n');

describe('the CLI prints the problems an error carries, as data, one a line', () => {
  it('a bad CSV: the summary, then each bad row with its place and code', () => {
    const csv = join(dir, 'bad.csv');
    writeFileSync(
      csv,
      'entity,metric,period,value\nAMZN,capex,FY2026,1\nAMZN,capex,FY2027,abc\nAMZN,capex,FY20,3\n',
    );
    const run = tickmark(['import', ws(), csv], dir);
    expect(run.code).toBe(1);
    const lines = stderrLines(run.stderr);
    expect(lines[0]).toMatch(
      /^tickmark import: bad\.csv, line 3, column value: .*Nothing was imported\.$/,
    );
    expect(lines.slice(1)).toEqual([
      '  line 3, column value: "abc" is not a number [bad_field]',
      expect.stringMatching(/^ {2}line 4, column period: "FY20" is not a period .*\[bad_field\]$/),
    ]);
  });

  it('a refused export: one line that sums up, then each figure error with its place and code', () => {
    const broken = fileURLToPath(new URL('../../fixtures/cli/three-errors.md', import.meta.url));
    const id = tickmark(['memo', 'add', ws(), broken], dir).stdout.trim();
    const run = tickmark(['export', ws(), id, '-o', 'broken.pdf'], dir);
    expect(run.code).toBe(1);
    const lines = stderrLines(run.stderr);
    expect(lines[0]).toMatch(/^tickmark export: The memo has \d+ figure errors; fix them/);
    const problems = lines.slice(1);
    expect(problems.length).toBeGreaterThanOrEqual(3);
    for (const line of problems) expect(line).toMatch(/^ {2}\S.*: .+ \[[a-z_]+\]$/);
    expect(problems.some((l) => l.includes('NOPE') && l.includes('paragraph'))).toBe(true);
    expect(existsSync(join(dir, 'broken.pdf'))).toBe(false);
  });

  it('prints the problems from the data, whatever the message says', () => {
    const printed: string[] = [];
    const error = new UserError('Something went wrong at line 9.', 'invalid_args', 'line 9', [
      { code: 'bad_line', message: 'the row has 3 fields, not 4', place: 'line 2' },
      { code: 'empty', message: 'the file ends early', place: '' },
    ]);
    expect(printFailure('import', error, (line) => printed.push(line))).toBe(1);
    expect(printed).toEqual([
      'tickmark import: Something went wrong at line 9.',
      '  line 2: the row has 3 fields, not 4 [bad_line]',
      '  the file ends early [empty]',
    ]);
  });
});
