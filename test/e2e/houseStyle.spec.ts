import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Download } from '@playwright/test';
import { test, expect } from './support/appTest';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/houseStyle/${name}`, import.meta.url));

/** The downloaded PDF's text (whitespace made single spaces) and its `pdfimages -list`. */
async function readPdf(download: Download): Promise<{ text: string; images: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'tickmark-house-e2e-'));
  try {
    const file = join(dir, 'memo.pdf');
    await download.saveAs(file);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
    return { text: text.replace(/\s+/g, ' '), images };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the House style dialog sets the firm, logo, certification and disclosures, and the export prints them', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000); // three exports on a loaded machine
  await app.open(page);
  await page
    .getByRole('list', { name: 'Memo list' })
    .getByRole('button', { name: /^Amazon/ })
    .first()
    .click();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  // Escape closes without saving.
  await page.getByRole('button', { name: 'House style…' }).click();
  const dialog = page.getByTestId('house-style-dialog');
  await expect(dialog.getByLabel('Firm name')).toBeVisible();
  await dialog.getByLabel('Firm name').fill('Not saved');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect((await app.call('houseStyle:get', {})).firm).toBe('');

  await page.getByRole('button', { name: 'House style…' }).click();
  await expect(dialog.getByLabel('Firm name')).toHaveValue('');
  // A file Tickmark cannot draw is refused in the dialog, naming it.
  await dialog.getByTestId('house-logo-file').setInputFiles({
    name: 'words.svg',
    mimeType: 'image/svg+xml',
    buffer: Buffer.from('<svg viewBox="0 0 9 9"><text>Acme</text></svg>'),
  });
  await expect(dialog.getByTestId('house-style-problem')).toContainText(
    'words.svg: the SVG cannot be drawn: it has a <text> element',
  );
  await dialog.getByTestId('house-logo-file').setInputFiles(fixture('logo.png'));
  await expect(dialog.getByRole('img', { name: 'Firm logo' })).toBeVisible();
  await dialog.getByLabel('Firm name').fill('Harbor Point Capital');
  await expect(dialog.getByRole('img', { name: 'Harbor Point Capital logo' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Use the standard text' }).click();
  await expect(dialog.getByLabel('Analyst certification')).toHaveValue(/^I, \{analyst\}, certify/);
  await dialog
    .getByLabel('Disclosures')
    .fill('Harbor Point Capital may hold positions in the securities discussed.');
  await dialog.screenshot({ path: 'docs/house-style-dialog.png' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  const saved = await app.call('houseStyle:get', {});
  expect(saved.firm).toBe('Harbor Point Capital');
  expect(saved.logo?.fileName).toBe('logo.png');

  // The export dialog offers each part, on; the PDF prints them.
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const exportDialog = page.getByTestId('export-dialog');
  const parts = exportDialog.getByTestId('export-house-style');
  for (const label of ['Firm name', 'Logo', 'Analyst certification', 'Disclosures page'])
    await expect(parts.getByLabel(label)).toBeChecked();
  let download = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Export PDF', exact: true }).click();
  const pdf = await readPdf(await download);
  expect(pdf.text).toContain('HARBOR POINT CAPITAL');
  expect(pdf.text).toContain('Harbor Point Capital · 30 January 2026');
  expect(pdf.text).toMatch(/Analyst certification I, .+?, certify that the views expressed/);
  expect(pdf.text).toContain('Disclosures Harbor Point Capital may hold positions');
  expect(pdf.images).toMatch(/\n\s+1\s+0\s+image\s+96\s+32/);

  // Leaving the logo out is remembered for the next export.
  await expect(exportDialog).toHaveCount(0);
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await parts.getByLabel('Logo').uncheck();
  download = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Export PDF', exact: true }).click();
  const withoutLogo = await readPdf(await download);
  expect(withoutLogo.text).toContain('HARBOR POINT CAPITAL');
  expect(withoutLogo.images).not.toMatch(/image\s+96\s+32/);
  await expect(exportDialog).toHaveCount(0);
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(parts.getByLabel('Logo')).not.toBeChecked();
  await expect(parts.getByLabel('Firm name')).toBeChecked();
});
