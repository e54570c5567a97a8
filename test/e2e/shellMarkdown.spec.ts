import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './support/appTest';

let dir = '';
test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tickmark-md-'));
});
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

const MEMO_MD = `---
title: Capex check
author: Research
date: 2026-02-01
---

Capex is {{ AMZN.capex.FY2025 | usd_billion }} this year.
`;

test('Import Markdown… makes a memo of a .md file and Export Markdown… gives it back', async ({
  page,
  app,
}) => {
  // Two loads of a memo and a download: more than the default minute on a loaded machine.
  test.setTimeout(150_000);
  const good = join(dir, 'capex-check.md');
  writeFileSync(good, MEMO_MD);
  const bad = join(dir, 'broken.md');
  writeFileSync(bad, '---\nheadline: Capex\n---\n\nCapex is {{ AMZN.capex.FY2025 }}.\n');
  await app.open(page);

  await page.getByRole('button', { name: 'Import Markdown…' }).click();
  const dialog = page.getByTestId('import-markdown-dialog');
  await dialog.getByTestId('import-markdown-file').setInputFiles(bad);
  await expect(dialog.getByRole('alert')).toContainText('broken.md cannot be read as a memo');
  await expect(dialog.getByRole('alert')).toContainText(
    'line 2: front matter: unknown key "headline"',
  );
  const before = (await app.call('memos:list')) as { memos: unknown[] };
  expect(before.memos).toHaveLength(1);

  await dialog.getByTestId('import-markdown-file').setInputFiles(good);
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('workspace-title')).toHaveText('Capex check');
  await expect(page.getByTestId('memo-pane').getByTestId('figure')).toHaveText('$125 billion');

  const item = page.getByTestId('memo-item').filter({ hasText: 'Capex check' });
  await item.hover();
  await page.getByRole('button', { name: 'Actions for Capex check' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Export Markdown…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Capex check.md');
  const saved = join(dir, 'exported.md');
  await file.saveAs(saved);
  const text = readFileSync(saved, 'utf8');
  expect(text).toContain('title: Capex check');
  expect(text).toContain('Capex is {{ AMZN.capex.FY2025 | usd_billion }} this year.');
});
