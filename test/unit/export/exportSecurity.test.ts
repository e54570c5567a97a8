import { describe, expect, it } from 'vitest';
import { exportMemoPdf } from '../../../app/backend/export/exportMemoPdf';
import { evaluateMemo } from '../../../shared/memo/evaluateMemo';
import { h, link, memo, p } from './memoBuilders';
import { flat, usePdfTools } from './openedPdfs';

const open = usePdfTools();

const hostile = memo(
  {
    title: '<script>alert("title")</script>',
    author: '<img src=x onerror=alert(1)>',
    subtitle: '',
  },
  h(1, '<b>not bold</b>'),
  p('Script: <script>alert(document.cookie)</script> and <img src=x onerror=alert(1)>.'),
  p(
    'Click ',
    link('this innocent link', 'javascript:alert(1)'),
    ' or ',
    link('this data link', 'data:text/html,<script>alert(1)</script>'),
    '.',
  ),
  p(
    'A real one: ',
    link('our site', 'https://example.com/research'),
    ' and ',
    link('mail us', 'mailto:desk@example.com'),
    '.',
  ),
);

describe('hostile text in the exported PDF', () => {
  it('shows markup and script as literal text', async () => {
    const pdf = open(await exportMemoPdf(hostile, evaluateMemo(hostile, [])));
    const text = flat(pdf.text());
    expect(text).toContain('<script>alert(document.cookie)</script>');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('<b>not bold</b>');
    expect(text).toContain('this innocent link');
    expect(pdf.info()['Title']).toBe('<script>alert("title")</script>');
    expect(pdf.info()['JavaScript']).toBe('no');
  });

  it('makes only http, https and mailto links clickable', async () => {
    const raw = open(await exportMemoPdf(hostile, evaluateMemo(hostile, []))).raw();
    const uris = [...raw.matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]);
    expect(uris.sort()).toEqual(['https://example.com/research', 'mailto:desk@example.com']);
    expect(raw).not.toMatch(/javascript/i);
    expect(raw).not.toMatch(/\/S \/JavaScript|\/JS\b|\/Launch|data:text/);
  });
});
