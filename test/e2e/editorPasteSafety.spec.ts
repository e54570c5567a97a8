import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from './support/editorTest';
import { pasteHtml } from './support/pasteHtml';
import { validateMemo } from '../../shared/memo/validateMemo';
import { isAllowedHref } from '../../shared/memo/isAllowedHref';

const PAYLOADS = readFileSync(
  fileURLToPath(new URL('../fixtures/xss-payloads.txt', import.meta.url)),
  'utf8',
)
  .split('\n')
  .filter((line) => line.trim() !== '');

// The editor's own chrome is not pasted content: ProseMirror's separator image, and the title
// and source fields the table node view draws around every table (no schema node makes them).
const DANGEROUS_ELEMENTS =
  'script, iframe, object, embed, img:not(.ProseMirror-separator), svg, math, style, link, meta, base, form, input:not(.memo-table__caption-input), button, textarea, select, video, audio, source, template, marquee, details, noscript';

test('the XSS corpus pasted as HTML: nothing executes, nothing unsafe is shown or stored', async ({
  page,
  editor,
}) => {
  test.setTimeout(120_000);
  expect(PAYLOADS.length).toBeGreaterThanOrEqual(50);
  const incidents: string[] = [];
  page.on('dialog', (dialog) => {
    incidents.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => incidents.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy|Refused to/i.test(message.text())) {
      incidents.push(`console: ${message.text()}`);
    }
  });

  const id = await editor.createMemo('Paste safety');
  await editor.open(page, id);
  for (const payload of PAYLOADS) {
    await pasteHtml(page, payload);
    await page.keyboard.press('Enter');
  }
  await page.waitForTimeout(500);

  const doc = page.locator('.memo-doc');
  expect(await doc.locator(DANGEROUS_ELEMENTS).count()).toBe(0);
  const unsafe = await doc.evaluate((root) => {
    const found: string[] = [];
    for (const el of root.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        const value = attr.value.replace(/\s/g, '').toLowerCase();
        if (attr.name.startsWith('on')) found.push(`${el.tagName} ${attr.name}`);
        if (/javascript:|vbscript:|data:text|expression\(/.test(value))
          found.push(`${el.tagName} ${attr.name}=${attr.value}`);
      }
    }
    for (const a of root.querySelectorAll('a')) {
      const href = a.getAttribute('href') ?? '';
      if (!/^(https?:\/\/|mailto:)/i.test(href)) found.push(`a href=${href}`);
    }
    return found;
  });
  expect(unsafe).toEqual([]);

  await page.locator('.memo-doc').blur();
  await expect(page.getByTestId('save-state')).toHaveText('saved', { timeout: 10_000 });
  const { memo } = await editor.stored(id);
  expect(validateMemo(memo).ok).toBe(true);
  const hrefs: string[] = [];
  const exprs: string[] = [];
  JSON.stringify(memo, (key, value: unknown) => {
    if (key === 'href' && typeof value === 'string') hrefs.push(value);
    if (key === 'expr' && typeof value === 'string') exprs.push(value);
    return value;
  });
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(isAllowedHref(href), href).toBe(true);
  expect(JSON.stringify(memo)).not.toMatch(/"(javascript|vbscript|data):/i);
  // Figures pasted from the corpus hold their text, and the restricted engine refuses to run it.
  expect(exprs.length).toBeGreaterThan(0);
  for (const figure of await page.getByTestId('figure').all())
    await expect(figure).toHaveText('#ERR');

  // Reopening the stored memo runs nothing either.
  await editor.open(page, id);
  await page.waitForTimeout(500);
  expect(incidents).toEqual([]);
});

test('pasted links keep http, https and mailto targets and lose any other', async ({
  page,
  editor,
}) => {
  const id = await editor.createMemo('Paste links');
  await editor.open(page, id);
  await pasteHtml(
    page,
    '<p><a href="https://example.com/a">web</a> <a href="mailto:ir@example.com">mail</a> <a href="javascript:alert(1)">bad</a> <b>bold</b> <u>under</u> <i>it</i></p>',
  );
  const doc = page.locator('.memo-doc');
  await expect(doc.locator('a')).toHaveCount(2);
  await expect(doc.locator('a').first()).toHaveAttribute('href', 'https://example.com/a');
  await expect(doc.locator('a').nth(1)).toHaveAttribute('href', 'mailto:ir@example.com');
  await expect(doc).toContainText('web mail bad bold under it');
  await expect(doc.locator('strong')).toHaveText('bold');
  await expect(doc.locator('u')).toHaveText('under');
  await expect(doc.locator('em')).toHaveText('it');
});
