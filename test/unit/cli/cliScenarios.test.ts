import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tickmark } from './runTickmark';

let dir: string;
const ws = (): string => join(dir, 'cases.tickmark');
const pdfText = (file: string): string =>
  execFileSync('pdftotext', ['-layout', join(dir, file), '-'], { encoding: 'utf8' });

const MEMO = [
  '---',
  'title: Cases',
  '---',
  '',
  '```calc',
  'share = OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025',
  '```',
  '',
  'Shown: {{ share | 0% }}.',
  '',
  '| Case | Share |',
  '| --- | --- |',
  '| Base | {{ share | 0% }} |',
  '| Bull | {{ share @bull | 0% }} |',
  '| Bear | {{ share @bear | 0% }} |',
  '',
].join('\n');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tickmark-cli-scenarios-'));
  expect(tickmark(['init', 'cases.tickmark'], dir).code).toBe(0);
  writeFileSync(
    join(dir, 'facts.csv'),
    [
      'entity,metric,period,value,unit,scenario',
      'AMZN,capex,FY2025,125000000000,USD,',
      'AMZN,capex,FY2025,200000000000,USD,bull',
      'OPENAI_ROUND,amazon_commitment,FY2026,50000000000,USD,',
      '',
    ].join('\n'),
  );
  const imported = tickmark(['import', ws(), 'facts.csv'], dir);
  expect(imported.stderr).toBe('');
  expect(imported.code).toBe(0);
  writeFileSync(join(dir, 'cases.md'), MEMO);
  expect(tickmark(['memo', 'add', ws(), 'cases.md'], dir).code).toBe(0);
}, 60_000);

describe('tickmark and scenarios', { timeout: 240_000 }, () => {
  it('imports base rows and overrides from one CSV and lists the scenario', () => {
    const run = tickmark(['scenario', 'list', ws()], dir);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('bull\t1\t\n');
    expect(run.code).toBe(0);
  });

  it('set --scenario writes an override, creating the scenario, and leaves the base fact', () => {
    const run = tickmark(
      ['set', ws(), 'AMZN.capex.FY2025', '80000000000', '--scenario', 'bear'],
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('AMZN.capex.FY2025 @bear = 80000000000\n');
    expect(tickmark(['scenario', 'list', ws()], dir).stdout).toBe('bear\t1\t\nbull\t1\t\n');
    expect(tickmark(['eval', ws(), 'AMZN.capex.FY2025'], dir).stdout).toBe('$125 billion\n');
    // The override kept the base fact's unit.
    expect(tickmark(['eval', ws(), 'AMZN.capex.FY2025', '--scenario', 'bear'], dir).stdout).toBe(
      '$80 billion\n',
    );
  });

  it('eval --scenario and EXPR @S evaluate memo variables under the scenario', () => {
    const cases: [string[], string][] = [
      [['share', '--format', '0%'], '40%'],
      [['share', '--format', '0%', '--scenario', 'bull'], '25%'],
      [['share @bear', '--format', '0.0%'], '62.5%'],
      [['share @bear', '--format', '0.0%', '--scenario', 'bull'], '62.5%'],
    ];
    for (const [args, expected] of cases) {
      const run = tickmark(['eval', ws(), ...args], dir);
      expect(run.stderr).toBe('');
      expect(run.stdout).toBe(`${expected}\n`);
    }
  });

  it('refuses an unknown scenario with one clear line, and an unknown @S is a figure error', () => {
    const run = tickmark(['eval', ws(), 'share', '--scenario', 'upside'], dir);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toBe(
      'tickmark eval: Unknown scenario "upside" (the scenarios are bear, bull).\n',
    );
    const figure = tickmark(['eval', ws(), 'share @upside'], dir);
    expect(figure.code).toBe(1);
    expect(figure.stderr).toMatch(/Unknown scenario "upside"/);
    const check = tickmark(['check', ws(), 'Cases', '--scenario', 'nope'], dir);
    expect(check.code).not.toBe(0);
    expect(check.stderr).toMatch(/^tickmark check: Unknown scenario "nope"/);
  });

  it('check --scenario checks the memo in that scenario', () => {
    const run = tickmark(['check', ws(), 'Cases', '--scenario', 'bull'], dir);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('No errors in memo "Cases" (scenario bull): 4 figures, 1 variables.\n');
    expect(run.code).toBe(0);
  });

  it("export --scenario says so on the title block, and the ledger names each figure's scenario", () => {
    const run = tickmark(
      ['export', ws(), 'Cases', '-o', 'bull.pdf', '--scenario', 'bull', '--ledger'],
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\(memo "Cases", scenario bull, kept as version \d+\)/);
    const text = pdfText('bull.pdf');
    expect(text).toContain('Scenario: bull');
    expect(text).toMatch(/Shown: 25%/);
    expect(text).toMatch(/Base\s+25%/);
    expect(text).toMatch(/Bear\s+63%/);
    expect(text).toContain('scenario bull');
    expect(text).toContain('scenario bear');
    expect(text).toContain('(override)');

    expect(tickmark(['export', ws(), 'Cases', '-o', 'base.pdf'], dir).code).toBe(0);
    const base = pdfText('base.pdf');
    expect(base).not.toContain('Scenario:');
    expect(base).toMatch(/Base\s+40%/);
    expect(base).toMatch(/Bull\s+25%/);
  });

  it('memo md keeps the @S of each figure', () => {
    const run = tickmark(['memo', 'md', ws(), 'Cases'], dir);
    expect(run.stdout).toContain('| Bull | {{ share @bull | 0% }} |');
    expect(run.stdout).toContain('| Bear | {{ share @bear | 0% }} |');
  });
});
