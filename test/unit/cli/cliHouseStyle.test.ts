import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { tickmark } from './runTickmark';

let dir: string;
const ws = (): string => join(dir, 'sample.tickmark');
const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../fixtures/houseStyle/${name}`, import.meta.url));
const pdfText = (file: string): string =>
  execFileSync('pdftotext', [join(dir, file), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tickmark-cli-house-'));
  expect(tickmark(['init', 'sample.tickmark', '--sample'], dir).code).toBe(0);
}, 60_000);

describe('tickmark house-style', () => {
  it('prints an empty style, then sets each field and prints what is stored', () => {
    const empty = tickmark(['house-style', ws()], dir);
    expect(empty.code).toBe(0);
    expect(empty.stdout).toContain('Firm:          (none)');
    writeFileSync(
      join(dir, 'disclosures.txt'),
      'We may hold positions.\n\nRatings: Buy, Hold, Sell.\n',
    );
    const set = tickmark(
      [
        'house-style',
        ws(),
        '--firm',
        'Harbor Point Capital',
        '--logo',
        fixture('logo.svg'),
        '--certification',
        'standard',
        '--disclaimer',
        'Not investment advice.',
        '--disclosures-file',
        'disclosures.txt',
      ],
      dir,
    );
    expect(set.stderr).toBe('');
    expect(set.code).toBe(0);
    expect(set.stdout.split('\n')).toEqual([
      'Firm:          Harbor Point Capital',
      'Logo:          logo.svg (SVG, 1 KB)',
      'Disclaimer:    Not investment advice.',
      expect.stringMatching(/^Certification: I, \{analyst\}, certify that the views expressed/),
      'Disclosures:   We may hold positions. Ratings: Buy, Hold, Sell.',
      '',
    ]);
    expect(tickmark(['house-style', ws()], dir).stdout).toBe(set.stdout);
  });

  it('refuses a bad logo with what and where, exit 2, and changes nothing', () => {
    writeFileSync(join(dir, 'words.svg'), '<svg viewBox="0 0 9 9"><text>Acme</text></svg>');
    writeFileSync(join(dir, 'fake.png'), 'not a png');
    const cases: [string[], string][] = [
      [
        ['--logo', 'words.svg'],
        'tickmark house-style: --logo words.svg: the SVG cannot be drawn: it has a <text> element, which Tickmark cannot draw in a PDF (use paths only, or a PNG).',
      ],
      [
        ['--logo', 'fake.png'],
        'tickmark house-style: --logo fake.png: the file is not a PNG image (it does not start with the PNG signature).',
      ],
      [
        ['--logo', 'logo.gif'],
        'tickmark house-style: --logo logo.gif: a logo is a PNG or SVG file (.png, .svg).',
      ],
      [
        ['--logo', 'fake.png', '--no-logo'],
        'tickmark house-style: --logo and --no-logo contradict each other: give one.',
      ],
      [
        ['--firm', 'x'.repeat(201)],
        'tickmark house-style: --firm: The firm name is at most 200 characters.',
      ],
    ];
    const before = tickmark(['house-style', ws()], dir).stdout;
    for (const [args, message] of cases) {
      const run = tickmark(['house-style', ws(), ...args], dir);
      expect(run.stderr.trim()).toBe(message);
      expect(run.code).toBe(2);
    }
    expect(tickmark(['house-style', ws()], dir).stdout).toBe(before);
  });

  it('export prints the house style, and --no-house-style leaves it out but the disclaimer', () => {
    expect(tickmark(['export', ws(), '1', '-o', 'house.pdf'], dir).code).toBe(0);
    const text = pdfText('house.pdf');
    expect(text).toContain('HARBOR POINT CAPITAL');
    expect(text).toContain('Analyst certification I, Research');
    expect(text).toContain('Disclosures We may hold positions.');
    expect(tickmark(['export', ws(), '1', '-o', 'plain.pdf', '--no-house-style'], dir).code).toBe(
      0,
    );
    const plain = pdfText('plain.pdf');
    expect(plain).not.toMatch(/Harbor Point|HARBOR POINT|Analyst certification|Disclosures We/);
    expect(plain).toContain('Not investment advice.');
  });

  it('--no-logo removes the logo', () => {
    const run = tickmark(['house-style', ws(), '--no-logo'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Logo:          (none)');
  });
});
