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
