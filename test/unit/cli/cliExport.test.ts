import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tickmark } from './runTickmark';

let dir: string;
const ws = (): string => join(dir, 'sample.tickmark');
const pdfText = (file: string): string =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tickmark-cli-export-'));
  expect(tickmark(['init', 'sample.tickmark', '--sample'], dir).code).toBe(0);
}, 60_000);

describe('tickmark export', () => {
  it('writes the sample memo as a PDF with every figure computed, and keeps a version', () => {
    const run = tickmark(['export', ws(), '1', '-o', 'sample.pdf', '--ledger'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/kept as version 1/);
    const text = pdfText(join(dir, 'sample.pdf'));
    for (const figure of [
      '$50 billion',
      '$100 billion',
      '40%',
      '$125 billion',
      '20.2%',
      '$830 billion',
      '19.3x',
      '87.9x',
    ]) {
      expect(text).toContain(figure);
    }
    expect(text).toMatch(/figure ledger/i);
    expect(readdirSync(dir).filter((f) => f.includes('sample.pdf'))).toEqual(['sample.pdf']);
  });

  it('after a fact changes, a new export shows the new figure and not the old one', () => {
    expect(tickmark(['set', ws(), 'AMZN.capex.FY2025', '100000000000'], dir).code).toBe(0);
    expect(
      tickmark(
        ['export', ws(), "Amazon's $50B bet on OpenAI", '-o', 'after.pdf', '--paper', 'Letter'],
        dir,
      ).code,
    ).toBe(0);
    const text = pdfText(join(dir, 'after.pdf'));
    expect(text).toContain('expected to be around $100 billion');
    expect(text).toContain('50%');
    expect(text).not.toContain('$125 billion');
    const info = execFileSync('pdfinfo', [join(dir, 'after.pdf')], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });

  it('refuses a memo with figure errors, listing them, and writes nothing', () => {
    const broken = fileURLToPath(new URL('../../fixtures/cli/three-errors.md', import.meta.url));
    const id = tickmark(['memo', 'add', ws(), broken], dir).stdout.trim();
    const run = tickmark(['export', ws(), id, '-o', 'broken.pdf'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/NOPE/);
    expect(existsSync(join(dir, 'broken.pdf'))).toBe(false);
    const anyway = tickmark(
      ['export', ws(), id, '-o', 'broken.pdf', '--allow-errors', '--draft'],
      dir,
    );
    expect(anyway.code).toBe(0);
    expect(pdfText(join(dir, 'broken.pdf'))).toContain('#ERR');
  });

  it('needs -o', () => {
    const run = tickmark(['export', ws(), '1'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/-o FILE\.pdf/);
  });
});
