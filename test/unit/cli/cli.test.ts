import { beforeAll, describe, expect, it } from 'vitest';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tickmark } from './runTickmark';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../fixtures/cli/${name}`, import.meta.url));

let dir: string;
const ws = (): string => join(dir, 'sample.tickmark');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tickmark-cli-'));
  const init = tickmark(['init', 'sample.tickmark', '--sample'], dir);
  expect(init.stderr).toBe('');
  expect(init.code).toBe(0);
}, 60_000);

describe('tickmark on the sample workspace', () => {
  it('lists the sample memo as id, tab, title', () => {
    const run = tickmark(['memo', 'list', ws()], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("1\tAmazon's $50B bet on OpenAI\n");
  });

  it.each([
    ['OPENAI_ROUND.amazon_commitment', [], '$50 billion'],
    ['OPENAI_ROUND.round_size', [], '$100 billion'],
    ['OPENAI_ROUND.amazon_commitment / OPENAI_ROUND.round_size', ['--format', '0%'], '50%'],
    ['AMZN.capex.FY2025', [], '$125 billion'],
    ['OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025', ['--format', '0%'], '40%'],
    ['capex_share', ['--format', '0%'], '40%'],
    ['AMZN.aws_revenue_growth_yoy.Q3_2025', ['--format', '0.0%'], '20.2%'],
    ['OPENAI.ipo_valuation_floated', [], '$830 billion'],
    ['AMZN.ev_revenue', ['--format', 'x2'], '3.83x'],
    ['AMZN.ev_revenue', [], '3.8x'],
    ['AMZN.ev_ebitda', [], '19.3x'],
    ['AMZN.p_fcf', [], '87.9x'],
    ['AMZN.capex.FY2025', ['--format', 'usd_bn'], '$125bn'],
  ])('eval %s %s prints %s', (expr, extra, expected) => {
    const run = tickmark(['eval', ws(), expr, ...extra], dir);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`${expected}\n`);
    expect(run.code).toBe(0);
  });

  it('check finds no errors in the sample memo', () => {
    const run = tickmark(['check', ws(), "Amazon's $50B bet on OpenAI"], dir);
    expect(run.stdout).toMatch(/^No errors in memo/);
    expect(run.code).toBe(0);
  });
});

describe('tickmark set', () => {
  it('changes a fact, and every figure computed from it follows', () => {
    const copy = join(dir, 'set.tickmark');
    copyFileSync(ws(), copy);
    const set = tickmark(['set', copy, 'AMZN.capex.FY2025', '100000000000'], dir);
    expect(set.code).toBe(0);
    expect(tickmark(['eval', copy, 'capex_share', '--format', '0%'], dir).stdout).toBe('50%\n');
    expect(tickmark(['eval', copy, 'AMZN.capex.FY2025'], dir).stdout).toBe('$100 billion\n');
    // Markdown keeps expressions, not values.
    const md = tickmark(['memo', 'md', copy, '1'], dir).stdout;
    expect(md).toContain('{{ AMZN.capex.FY2025 | usd_billion }}');
    expect(md).not.toContain('$100 billion');
  });

  it('creates a new entity and fact', () => {
    const copy = join(dir, 'new.tickmark');
    copyFileSync(ws(), copy);
    expect(tickmark(['set', copy, 'MSFT.capex.FY2025', '80e9', '--unit', 'USD'], dir).code).toBe(0);
    expect(tickmark(['eval', copy, 'MSFT.capex'], dir).stdout).toBe('$80 billion\n');
  });

  it.each([
    [['AMZN.capex', '1'], /ENTITY\.metric\.PERIOD/],
    [['AMZN.capex.FY2025', 'lots'], /not a number/],
    [['AMZN.capex.SOMEDAY', '1'], /period/i],
  ])('refuses %j with one clear line', (args, message) => {
    const run = tickmark(['set', ws(), ...args], dir);
    expect(run.code).not.toBe(0);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  });
});

describe('memo Markdown through the command line (CALC.md §4)', () => {
  it('adds the CALC.md example, prints its id, and gives back equivalent Markdown', () => {
    const target = join(dir, 'example.tickmark');
    expect(tickmark(['init', target], dir).code).toBe(0);
    const add = tickmark(['memo', 'add', target, fixture('calc-md-example.md')], dir);
    expect(add.stderr).toBe('');
    expect(add.stdout).toBe('1\n');
    const out = join(dir, 'example-out.md');
    expect(
      tickmark(['memo', 'md', target, "Amazon's $50B bet on OpenAI", '-o', out], dir).code,
    ).toBe(0);
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('title: ');
    expect(md).toContain(
      '```calc\ncapex_share = OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025\n```',
    );
    expect(md).toContain('{{ capex_share | 0% }}');
    expect(md).toContain('{{ AMZN.capex.FY2025 | usd_billion }}');
    expect(md).toMatch(/\| EV\/EBITDA \(LTM\) *\| \{\{ AMZN\.ev_ebitda \| x1 \}\} *\|/);
    // Written via a temporary file: nothing else is left beside it.
    expect(readdirSync(dir).filter((f) => f.includes('example-out'))).toEqual(['example-out.md']);
    // Import then export again: the same Markdown.
    const again = join(dir, 'again.tickmark');
    tickmark(['init', again], dir);
    tickmark(['memo', 'add', again, out], dir);
    expect(tickmark(['memo', 'md', again, '1'], dir).stdout).toBe(md.replace(/\n$/, '') + '\n');
  });
});

describe('tickmark check', () => {
  it('lists an unknown entity, a cycle and a syntax error with their places, and exits 1', () => {
    const target = join(dir, 'errors.tickmark');
    copyFileSync(ws(), target);
    const id = tickmark(['memo', 'add', target, fixture('three-errors.md')], dir).stdout.trim();
    const run = tickmark(['check', target, id], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/NOPE/);
    expect(run.stdout).toMatch(/cycle/i);
    expect(run.stdout).toMatch(/syntax|parse|unexpected/i);
    for (const line of run.stdout.trim().split('\n')) expect(line).toMatch(/^.+: .+/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/errors? in memo "Three errors"/);
  });
});

describe('errors every command reports the same way', () => {
  const missing = 'missing.tickmark';
  it.each([
    [['import', missing, 'facts.csv']],
    [['set', missing, 'A.b.FY2025', '1']],
    [['memo', 'add', missing, 'x.md']],
    [['memo', 'list', missing]],
    [['memo', 'md', missing, '1']],
    [['eval', missing, '1+1']],
    [['check', missing, '1']],
  ])('%j: a workspace that does not exist is one clear line and a non-zero exit', (args) => {
    const run = tickmark(args, dir);
    expect(run.code).not.toBe(0);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('does not exist');
    expect(existsSync(join(dir, missing))).toBe(false);
  });

  it('init refuses to overwrite an existing workspace', () => {
    const run = tickmark(['init', ws()], dir);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/already exists/);
  });

  it('an unknown memo is named in the error', () => {
    const run = tickmark(['memo', 'md', ws(), 'No such memo'], dir);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('No such memo');
  });

  it('eval of a bad expression is an error value, said in one line', () => {
    const run = tickmark(['eval', ws(), 'AMZN.capex.FY2025 / 0'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/division by zero|divide by zero/i);
  });

  it('a CSV with a bad row in the middle names line and column, and changes nothing', () => {
    const csv = join(dir, 'bad.csv');
    writeFileSync(
      csv,
      'entity,metric,period,value\nAMZN,capex,FY2026,1\nAMZN,capex,FY2027,abc\nAMZN,capex,FY2028,3\n',
    );
    const copy = join(dir, 'import.tickmark');
    copyFileSync(ws(), copy);
    const before = readFileSync(copy);
    const run = tickmark(['import', copy, csv], dir);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/line 3/);
    expect(run.stderr).toMatch(/value/);
    expect(tickmark(['eval', copy, 'AMZN.capex.FY2026'], dir).code).toBe(1);
    expect(readFileSync(copy).equals(before)).toBe(true);
  });

  it('imports a good CSV and says what changed', () => {
    const csv = join(dir, 'good.csv');
    writeFileSync(
      csv,
      'entity,metric,period,value,unit\nAMZN,capex,FY2026,150000000000,USD\nAMZN,ev_ebitda,LTM,19.3,x\n',
    );
    const copy = join(dir, 'good.tickmark');
    copyFileSync(ws(), copy);
    const run = tickmark(['import', copy, csv], dir);
    expect(run.stdout).toBe('Imported good.csv: 1 new, 0 updated, 1 unchanged.\n');
    expect(tickmark(['eval', copy, 'AMZN.capex'], dir).stdout).toBe('$150 billion\n');
  });

  it.each(['init', 'import', 'set', 'memo add', 'memo list', 'memo md', 'eval', 'check'])(
    '"%s --help" prints its usage',
    (name) => {
      const run = tickmark([...name.split(' '), '--help'], dir);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^Usage: tickmark ${name}`));
    },
  );
});
