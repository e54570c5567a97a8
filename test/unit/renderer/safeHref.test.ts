import { describe, expect, it } from 'vitest';
import { isSafeHref, safeHref } from '../../../renderer/editor/link/safeHref';

describe('safeHref keeps only http, https and mailto links', () => {
  it.each([
    ['https://example.com/a?b=1#c', 'https://example.com/a?b=1#c'],
    ['http://example.com', 'http://example.com'],
    ['mailto:ir@example.com', 'mailto:ir@example.com'],
    ['  https://example.com  ', 'https://example.com'],
  ])('keeps %s', (input, expected) => {
    expect(safeHref(input)).toBe(expected);
  });

  it('completes a bare address with https and an e-mail address with mailto', () => {
    expect(safeHref('sec.gov/edgar')).toBe('https://sec.gov/edgar');
    expect(safeHref('ir@amazon.com')).toBe('mailto:ir@amazon.com');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\u0000script:alert(1)',
    '\u200bjavascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '/relative/path',
    '#anchor',
    'https://exa mple.com',
    'https://example.com/<script>',
    '',
  ])('refuses %j', (input) => {
    expect(safeHref(input)).toBeNull();
    expect(isSafeHref(input)).toBe(false);
  });
});
