import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { tickmark } from './runTickmark';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../fixtures/cli/${name}`, import.meta.url));

let dir: string;
const ws = (): string => join(dir, 'charts.tickmark');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tickmark-cli-charts-'));
  expect(tickmark(['init', 'charts.tickmark'], dir).code).toBe(0);
  const imported = tickmark(['import', ws(), fixture('chart-facts.csv')], dir);
  expect(imported.stderr).toBe('');
  expect(tickmark(['memo', 'add', ws(), fixture('calc-md-charts.md')], dir).stdout.trim()).toBe(
    '1',
  );
  expect(tickmark(['memo', 'add', ws(), fixture('chart-errors.md')], dir).stdout.trim()).toBe('2');
}, 90_000);

describe('charts through the command line (CALC.md §8)', () => {
  it('check counts no errors in good charts', () => {
    const run = tickmark(['check', ws(), '1'], dir);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      /^No errors in memo "Northwind and Contoso": 1 figures, 0 variables, 2 charts\./,
    );
    expect(run.code).toBe(0);
  });

  it('check lists a bad expression and a bad key of a chart with line and key, and exits 1', () => {
    const run = tickmark(['check', ws(), '2'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'chart 1, line 7: series[0].values[1] (NWD.revenu.FY2025): Unknown metric "revenu"',
    );
    expect(run.stdout).toContain('chart 2, line 3: colour: unknown key "colour"');
    expect(run.stderr).toMatch(/2 errors in memo "Broken charts"/);
  });

  it('memo md gives the chart blocks back as written', () => {
    const run = tickmark(['memo', 'md', ws(), '1'], dir);
    expect(run.stdout).toContain('```chart\ntype: bar\ntitle: Northwind revenue\nformat: usd_bn\n');
    expect(run.stdout).toContain('marker:\n  label: Price\n  value: NWD_CTSO.price\n```');
  });

  // Exports run a PDF layout in a child process: slow on a loaded machine.
  it('export draws the charts as vectors with their labels as text, and lists their values in the ledger', () => {
    const run = tickmark(['export', ws(), '1', '-o', 'charts.pdf', '--ledger'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const file = join(dir, 'charts.pdf');
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const label of [
      'Northwind revenue',
      '$211.9bn',
      '$245.1bn',
      'FY2024',
      'What Contoso is worth, $bn',
      'Trading multiples',
      '$13.2bn',
      '$17.6bn',
      '$20.8bn',
      'Price $17.5bn',
      'chart 1 "Northwind revenue": Revenue,',
      'Trading multiples, low',
    ]) {
      expect(text).toContain(label);
    }
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
    expect(images.trim().split('\n')).toHaveLength(2);
  }, 180_000);

  it('refuses to export broken charts, and with --allow-errors shows the errors in place', () => {
    const refused = tickmark(['export', ws(), '2', '-o', 'broken.pdf'], dir);
    expect(refused.code).toBe(1);
    expect(existsSync(join(dir, 'broken.pdf'))).toBe(false);
    expect(tickmark(['export', ws(), '2', '-o', 'broken.pdf', '--allow-errors'], dir).code).toBe(0);
    const text = execFileSync('pdftotext', [join(dir, 'broken.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Chart error: Revenue');
    expect(text).toMatch(/line 7: series\[0\]\.values\[1\]/);
  }, 180_000);
});
