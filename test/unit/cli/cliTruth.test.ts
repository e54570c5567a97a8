import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tickmark } from './runTickmark';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../fixtures/cli/${name}`, import.meta.url));

let dir: string;
const sample = (): string => join(dir, 'sample.tickmark');

/** A copy of the sample workspace with the fixture memo added; returns the workspace and memo id. */
function withMemo(name: string): { ws: string; id: string } {
  const ws = join(dir, `${name}.tickmark`);
  copyFileSync(sample(), ws);
  const add = tickmark(['memo', 'add', ws, fixture(name)], dir);
  expect(add.stderr).toBe('');
  return { ws, id: add.stdout.trim() };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tickmark-truth-'));
  expect(tickmark(['init', 'sample.tickmark', '--sample'], dir).code).toBe(0);
}, 60_000);

describe('formats (CALC.md §3) on the command line', () => {
  it.each([
    ['pct9', 'pct1'],
    ['x3', 'x2'],
    ['pct', 'pct1'],
  ])('eval --format %s exits non-zero, naming it and suggesting %s', (format, suggestion) => {
    const run = tickmark(['eval', sample(), 'AMZN.ev_ebitda', '--format', format], dir);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(`"${format}"`);
    expect(run.stderr).toContain(`Did you mean ${suggestion}?`);
  });

  it.each([
    ['0.0"x"', 'AMZN.ev_ebitda', '19.3x'],
    ['#,##0;(#,##0)', '0 - 1234', '(1,234)'],
    ['$#,##0.0,,,"bn"', 'AMZN.capex.FY2025', '$125.0bn'],
    ['General', '0.25', '0.25'],
  ])('eval --format %s still formats', (format, expr, shows) => {
    const run = tickmark(['eval', sample(), expr, '--format', format], dir);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`${shows}\n`);
  });

  it('check counts each format error with its place and exits 1', () => {
    const { ws, id } = withMemo('bad-formats.md');
    const run = tickmark(['check', ws, id], dir);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^paragraph 1: .*Unknown format "pct9"\. Did you mean pct1\?/);
    expect(lines[1]).toMatch(/^paragraph 1: .*Unknown format "x3"\. Did you mean x2\?/);
    expect(run.stderr).toMatch(/2 errors in memo "Bad formats"/);
  }, 120_000);
});

describe('calc lines with formats (CALC.md §2) on the command line', () => {
  it('eval WS name shows a memo variable in its calc line format, --format still wins', () => {
    expect(tickmark(['eval', sample(), 'capex_share'], dir).stdout).toBe('40%\n');
    expect(tickmark(['eval', sample(), 'amazon_commitment'], dir).stdout).toBe('$50 billion\n');
    expect(tickmark(['eval', sample(), 'capex_share', '--format', '0.0%'], dir).stdout).toBe(
      '40.0%\n',
    );
    // An expression over the name is not the name: its unit's default.
    expect(tickmark(['eval', sample(), 'capex_share * 1'], dir).stdout).toBe('0.4\n');
  }, 120_000);

  it('memo md keeps the formats, labels and a calc hidden block', () => {
    const { ws, id } = withMemo('hidden-workings.md');
    const md = tickmark(['memo', 'md', ws, id], dir).stdout;
    expect(md).toContain(
      '```calc hidden\nworkings = OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025 | 0.0% | Workings\n```',
    );
    expect(tickmark(['check', ws, id], dir).code).toBe(0);
  }, 120_000);
});

describe('warnings (CALC.md §9) in tickmark check', () => {
  /** The sample plus an FY2024 capex fact as of 2024-12-31, and the words-and-stale memo. */
  function warned(): { ws: string; id: string } {
    const memo = withMemo('words-and-stale.md');
    const set = tickmark(
      ['set', memo.ws, 'AMZN.capex.FY2024', '83e9', '--unit', 'USD', '--as-of', '2024-12-31'],
      dir,
    );
    expect(set.code).toBe(0);
    return memo;
  }

  it('prints words against numbers and stale facts as warning: lines with their place, exit 0', () => {
    const { ws, id } = warned();
    const run = tickmark(['check', ws, id], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toEqual([
      'warning: paragraph 1: {{ capex_share | 0% }}: "nearly 40%" claims less than 40%, but the unrounded value is exactly 0.4.',
      'warning: paragraph 2: {{ OPENAI_ROUND.round_size | usd_billion }}: "over $100 billion" claims more than $100 billion, but the unrounded value is exactly 100,000,000,000.',
      'warning: paragraph 3: {{ AMZN.capex.FY2024 | usd_billion }} reads a stale fact, more than 365 days old: AMZN.capex.FY2024 (as of 2024-12-31, 395 days before 2026-01-30).',
      'No errors in memo "Words and numbers": 4 figures, 1 variables, 3 warnings.',
    ]);
  }, 120_000);

  it('exits 1 on warnings only with --strict; --stale-days moves the line', () => {
    const { ws, id } = warned();
    const strict = tickmark(['check', ws, id, '--strict'], dir);
    expect(strict.code).toBe(1);
    expect(strict.stderr.trim()).toBe(
      'tickmark check: 3 warnings in memo "Words and numbers" (--strict).',
    );
    const lenient = tickmark(['check', ws, id, '--stale-days', '400'], dir);
    expect(lenient.stdout).not.toContain('stale');
    expect(lenient.stdout).toContain('2 warnings');
    const bad = tickmark(['check', ws, id, '--stale-days', 'soon'], dir);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/--stale-days takes a whole number/);
  }, 120_000);

  it('finds no warning in the sample memo (its words were made true to the numbers)', () => {
    const run = tickmark(['check', sample(), '1'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('warning:');
  }, 60_000);
});
