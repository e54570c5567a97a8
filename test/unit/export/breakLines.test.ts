import { describe, expect, it } from 'vitest';
import { breakLines } from '../../../app/backend/export/breakLines';
import type { Measurer, Span, SpanStyle } from '../../../app/backend/export/flowTypes';

const style: SpanStyle = {
  font: 'serif',
  size: 10,
  color: '#000',
  tracking: 0,
  underline: false,
  rise: 0,
};
/** Every character is 5 points wide. */
const measurer: Measurer = { width: (text) => text.length * 5 };
const span = (text: string, extra: Partial<Span> = {}): Span => ({ text, style, ...extra });
const lineText = (spans: Span[], width: number): string[] =>
  breakLines(spans, width, measurer).map((l) => l.fragments.map((f) => f.text).join(''));

describe('breakLines', () => {
  it('fills each line up to the width and breaks at spaces', () => {
    const lines = breakLines([span('aaaa bbbb cccc dddd')], 50, measurer);
    expect(lines.map((l) => l.fragments.map((f) => f.text).join(''))).toEqual([
      'aaaa bbbb',
      'cccc dddd',
    ]);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(50);
    expect(lines.map((l) => l.last)).toEqual([false, true]);
  });

  it('never breaks inside a figure, and keeps punctuation glued to it', () => {
    const lines = lineText(
      [span('costs about '), span('$125 billion', { keep: true }), span(', in all')],
      75,
    );
    expect(lines).toEqual(['costs about', '$125 billion,', 'in all']);
  });

  it('starts a new line at a hard break', () => {
    const lines = lineText([span('one'), span('', { hardBreak: true }), span('two')], 500);
    expect(lines).toEqual(['one', 'two']);
  });

  it('cuts a word longer than the line by characters, each cut ending with a hyphen', () => {
    const lines = lineText([span('abcdefghij')], 20);
    expect(lines).toEqual(['abc-', 'def-', 'ghi-', 'j']);
    for (const line of breakLines([span('abcdefghij')], 20, measurer))
      expect(line.width).toBeLessThanOrEqual(20);
  });

  it('does not cut a word that fits on a line of its own', () => {
    // 'year-over-year' cannot break in the middle but after its hyphens; 'internationally' fits.
    expect(lineText([span('an internationally')], 80)).toEqual(['an', 'internationally']);
  });

  it('breaks code-like text after dots and operators when asked', () => {
    const lines = lineText(
      [span('OPENAI_ROUND.amazon_commitment/AMZN.capex', { breakable: true })],
      100,
    );
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('OPENAI_ROUND.amazon_commitment/AMZN.capex');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/[._/]$/);
  });

  it('keeps links on the fragments they cover and footnotes on their line', () => {
    const note = { number: 1, text: 'A note.' };
    const lines = breakLines(
      [
        span('see '),
        span('the site', { link: { kind: 'uri', uri: 'https://example.com/' } }),
        span('1', { footnote: note }),
        span(' and more words here'),
      ],
      70,
      measurer,
    );
    const linked = lines.flatMap((l) => l.fragments).filter((f) => f.link);
    expect(linked.map((f) => f.text).join(' ')).toBe('the site');
    expect(lines[0]!.footnotes).toEqual([note]);
    expect(lines.slice(1).flatMap((l) => l.footnotes)).toEqual([]);
  });

  it('breaks after a hyphen (UAX #14), keeping the hyphen at the end of the line', () => {
    const lines = lineText([span('grew year-over-year')], 50);
    expect(lines).toEqual(['grew year-', 'over-year']);
  });

  it('breaks at a soft hyphen, showing a hyphen only where the line breaks', () => {
    const text = 'the con\u00adtin\u00aduation';
    expect(lineText([span(text)], 45)).toEqual(['the con-', 'tinuation']);
    // On a wide line the soft hyphens are invisible.
    expect(lineText([span(text)], 500)).toEqual(['the continuation']);
  });

  it('never breaks at a no-break space', () => {
    // 'USD\u00a0125' is one unit: it moves to the next line whole.
    const lines = lineText([span('costs USD\u00a0125 bn')], 45);
    expect(lines[0]).toBe('costs');
    expect(lines[1]).toBe('USD\u00a0125');
  });

  it('applies the same rules inside a narrow table cell or ledger column', () => {
    // A cell 12 characters wide: breaks after hyphens instead of cutting letters.
    const lines = lineText([span('Year-over-year growth')], 60);
    expect(lines).toEqual(['Year-over-', 'year growth']);
    expect(lines.join('')).not.toMatch(/[a-z]-[a-z]-$/);
  });

  it('returns one empty line for an empty paragraph', () => {
    const lines = breakLines([], 100, measurer);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.fragments).toEqual([]);
  });
});
