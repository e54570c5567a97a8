import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import { test, expect, type RunningApp } from './support/appTest';
import { fig, memo, p } from './support/memoBuilders';

const SAMPLE_ID = 1;
const LEDGER_HEADING = 'Appendix: figure ledger';

const exportDialog = (page: Page) => page.getByTestId('export-dialog');
const exportButton = (page: Page) =>
  exportDialog(page).getByRole('button', { name: 'Export PDF', exact: true });

/** The downloaded PDF's text (runs of whitespace made single spaces) and `pdfinfo`. */
async function readPdf(download: Download): Promise<{ text: string; info: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'tickmark-export-e2e-'));
  try {
    const file = join(dir, 'memo.pdf');
    await download.saveAs(file);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return { text: text.replace(/\s+/g, ' '), info };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Clicks the dialog's Export PDF and returns the download it starts. */
async function exportAndDownload(page: Page): Promise<Download> {
  const download = page.waitForEvent('download');
  await exportButton(page).click();
  return download;
}

const exportVersions = async (app: RunningApp, id: number) =>
  (await app.call('memos:versions', { id })).versions.filter((v) => v.reason === 'export');

async function openMemo(page: Page, app: RunningApp, title: RegExp): Promise<void> {
  await app.open(page);
  await page
    .getByRole('list', { name: 'Memo list' })
    .getByRole('button', { name: title })
    .first()
    .click();
  await expect(page.getByTestId('figure').first()).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
}

test('the sample memo exports on Letter with its ledger; after a fact changes, the new figure is in the PDF and the old is not', async ({
  page,
  app,
}) => {
  await openMemo(page, app, /^Amazon/);
  await page
    .locator('.workspace-header')
    .screenshot({ path: 'test-results/screens/export-button.png' });
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const dialog = exportDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Confidentiality label')).toHaveValue('Confidential');
  await expect(dialog.getByTestId('export-errors')).toHaveCount(0);
  await dialog.getByText('Letter', { exact: true }).click();
  await expect(dialog.getByLabel('Letter')).toBeChecked();
  await dialog.getByLabel('Include the figure ledger').check();
  await dialog.screenshot({ path: 'test-results/screens/export-dialog.png' });

  const first = await readPdf(await exportAndDownload(page));
  expect(first.text).toContain('a $50 billion investment into OpenAI');
  expect(first.text).toContain('would represent 40% of that');
  expect(first.text).toContain('EV/EBITDA is 19.3x');
  expect(first.text).toContain('around $125 billion');
  expect(first.text).toContain(LEDGER_HEADING);
  expect(first.info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  expect(first.text).toContain("Amazon's $50B bet on OpenAI CONFIDENTIAL"); // the running header

  await expect(dialog).toHaveCount(0);
  const [kept] = await exportVersions(app, SAMPLE_ID);
  expect(kept).toBeDefined();
  await expect(page.getByTestId('toast').first()).toHaveText(
    new RegExp(
      `Exported Amazon.s \\$50B bet on OpenAI\\.pdf \\(\\d+ pages\\), kept as version ${kept!.version}`,
    ),
  );

  await app.call('facts:update', {
    ref: { entity: 'AMZN', metric: 'capex', period: 'FY2025' },
    set: { value: 160e9 },
  });
  await expect(page.locator('.memo-doc')).toContainText('around $160 billion');

  // The shortcut opens the dialog with the options used last in this workspace.
  await page.keyboard.press('Control+Shift+E');
  await expect(dialog.getByLabel('Letter')).toBeChecked();
  await expect(dialog.getByLabel('Include the figure ledger')).toBeChecked();
  const second = await readPdf(await exportAndDownload(page));
  expect(second.text).toContain('around $160 billion');
  expect(second.text).toContain('would represent 31% of that');
  expect(second.text).not.toContain('$125 billion');
  expect(second.text).not.toContain('40%');
  expect(second.text).toContain(LEDGER_HEADING);
  expect(second.info).toMatch(/612 x 792 pts/);
});

test('edits typed just before an export are saved first and are in the PDF; A4 without the ledger', async ({
  page,
  app,
}) => {
  await openMemo(page, app, /^Amazon/);
  // A slow disk: saves wait until the test lets them through, after Export is clicked.
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const isSave = (url: URL): boolean => decodeURIComponent(url.pathname).endsWith('/memos:save');
  await page.route(isSave, async (route) => {
    await held;
    await route.fallback();
  });
  await page.locator('.memo-doc p').last().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Typed just before the export.');
  await expect(page.getByTestId('memo-doc')).toContainText(
    'raised the stakes. Typed just before the export.',
  );
  await page.keyboard.press('Control+Shift+E');
  const dialog = exportDialog(page);
  await dialog.getByText('A4', { exact: true }).click();
  await dialog.getByLabel('Include the figure ledger').uncheck();
  await dialog.getByLabel('DRAFT watermark').check();
  await dialog.getByLabel('Confidentiality label').fill('Internal use only');
  const download = page.waitForEvent('download');
  await exportButton(page).click();
  const waiting = dialog.getByRole('button', { name: 'Saving the memo…' });
  await expect(waiting).toBeDisabled();
  await expect(dialog.getByLabel('DRAFT watermark')).toBeDisabled();
  await expect(page.getByTestId('save-state')).toHaveText('Saving…');
  await dialog.screenshot({ path: 'test-results/screens/export-dialog-saving.png' });
  release();
  const pdf = await readPdf(await download);
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  expect(pdf.text).toContain('raised the stakes. Typed just before the export.');
  expect(pdf.text).not.toContain(LEDGER_HEADING);
  expect(pdf.text).toContain('DRAFT · INTERNAL USE ONLY'); // the running header
  expect(pdf.info).toMatch(/Page size:\s+595\.\d* x 841\.\d* pts \(A4\)/);
});

test('the dialog’s PDF/A choice writes a tagged PDF/A-2b, and is remembered', async ({
  page,
  app,
}) => {
  await openMemo(page, app, /^Amazon/);
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const dialog = exportDialog(page);
  const pdfa = dialog.getByLabel('PDF/A for archiving');
  await expect(pdfa).not.toBeChecked();
  await pdfa.check();
  await dialog.screenshot({ path: 'test-results/screens/export-dialog-pdfa.png' });
  const download = await exportAndDownload(page);
  const dir = mkdtempSync(join(tmpdir(), 'tickmark-export-e2e-'));
  try {
    const file = join(dir, 'memo.pdf');
    await download.saveAs(file);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Tagged:\s+yes/);
    const xmp = execFileSync('pdfinfo', ['-meta', file], { encoding: 'utf8' });
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    const tree = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
    expect(tree).toMatch(/^\s+H1 \(block\)\s+"Amazon/m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await expect(dialog).toHaveCount(0);
  await page.keyboard.press('Control+Shift+E');
  await expect(dialog.getByLabel('PDF/A for archiving')).toBeChecked();
});

test('a memo with a figure error lists it and is refused, then exports with the error marked when asked', async ({
  page,
  app,
}) => {
  const created = await app.call('memos:create', {
    title: 'Broken capex note',
    memo: memo(p('Capex is ', fig('NOPE.capex.FY2025'), ' this year.')),
  });
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));
  await openMemo(page, app, /^Broken capex note/);
  await expect(page.getByTestId('figure-errors')).toHaveText('1 figure error');

  await page.keyboard.press('Control+Shift+E');
  const dialog = exportDialog(page);
  const errors = dialog.getByTestId('export-errors');
  await expect(errors).toContainText('This memo has 1 figure error');
  const list = errors.getByRole('list', { name: 'Figure errors' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem')).toContainText('paragraph 1');
  await expect(list.getByRole('listitem')).toContainText('{{ NOPE.capex.FY2025 }}');
  await expect(list.getByRole('listitem')).toContainText('NOPE');
  const anyway = dialog.getByLabel('Export anyway with errors marked');
  await expect(anyway).not.toBeChecked();

  await exportButton(page).click();
  await expect(dialog.getByTestId('export-failure')).toContainText(
    'Not exported: the memo has 1 figure error',
  );
  await expect(list.getByRole('listitem')).toContainText('paragraph 1');
  await dialog.screenshot({ path: 'test-results/screens/export-dialog-refused.png' });
  expect(downloads).toEqual([]);
  expect(await exportVersions(app, created.id)).toEqual([]);

  await anyway.check();
  const pdf = await readPdf(await exportAndDownload(page));
  expect(pdf.text).toContain('Capex is #ERR this year.');
  expect(await exportVersions(app, created.id)).toHaveLength(1);
  await expect(page.getByTestId('toast').first()).toContainText('Exported Broken capex note.pdf (');
});

test('a figure that breaks while the dialog is open is refused by the export, listed with its place', async ({
  page,
  app,
}) => {
  await openMemo(page, app, /^Amazon/);
  await page.keyboard.press('Control+Shift+E');
  const dialog = exportDialog(page);
  await expect(dialog.getByTestId('export-errors')).toHaveCount(0);
  await app.call('facts:delete', {
    refs: [{ entity: 'AMZN', metric: 'ev_ebitda', period: 'LTM' }],
  });
  await exportButton(page).click();
  await expect(dialog.getByTestId('export-failure')).toContainText('Not exported: the memo has');
  const items = dialog.getByRole('list', { name: 'Figure errors' }).getByRole('listitem');
  await expect(items.filter({ hasText: 'AMZN.ev_ebitda' }).first()).toBeVisible();
  await expect(dialog.getByLabel('Export anyway with errors marked')).not.toBeChecked();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
});
