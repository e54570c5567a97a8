import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './support/appTest';

const HEADER = 'entity,entity_name,kind,metric,period,value,unit,source,as_of,note';
const SHOTS = 'test-results/screens';

const shoot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png` });

/**
 * Walks every screen of the shell and the data browser with the sample workspace, saving a
 * screenshot of each (test-results/screens, for people to look at), and fails on any console
 * error or uncaught exception along the way.
 */
test('every screen of the shell renders without a console error', async ({ page, app }) => {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  const dir = mkdtempSync(join(tmpdir(), 'tickmark-screens-'));
  try {
    for (const title of ['AWS growth check', 'Q4 capex tracker'])
      await app.call('memos:create', { title });
    await app.open(page);
    await page
      .getByRole('button', { name: /^Amazon/ })
      .first()
      .click();
    await expect(page.getByTestId('figure').first()).toBeVisible();
    await shoot(page, '01-memo');

    await page.keyboard.press('Control+\\');
    await page.locator('[data-fact-key="AMZN.capex.FY2025"] [data-field=value]').click();
    await page
      .getByTestId('data-browser')
      .getByRole('button', { name: 'History', exact: true })
      .click();
    await expect(page.getByTestId('fact-history')).toBeVisible();
    await shoot(page, '02-side-by-side');

    await page.keyboard.press('Control+Shift+D');
    await page.locator('[data-fact-key="AMZN.ev_ebitda.LTM"] [data-field=value]').click();
    await page.keyboard.type('abc');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('cell-error')).toBeVisible();
    await shoot(page, '03-data-cell-error');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Add fact' }).click();
    await shoot(page, '04-add-fact');
    await page.keyboard.press('Escape');

    const good = join(dir, 'q4-update.csv');
    writeFileSync(
      good,
      [
        HEADER,
        'AMZN,"Amazon.com, Inc.",company,capex,FY2025,131000000000,USD,Q4 call,2026-02-06,raised guidance',
        'MSFT,Microsoft,company,capex,FY2025,88000000000,USD,10-K,2025-07-30,',
        'AMZN,"Amazon.com, Inc.",company,ev_ebitda,LTM,19.3,x,amazon-openai-article.txt,2026-01-30,LTM EV/EBITDA',
      ].join('\n'),
    );
    await page.getByRole('button', { name: 'Import CSV' }).click();
    await shoot(page, '05-import-pick');
    await page.getByTestId('import-file').setInputFiles(good);
    await expect(page.getByTestId('import-summary')).toBeVisible();
    await shoot(page, '06-import-preview');

    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      [
        HEADER,
        'MSFT,Microsoft,company,capex,FY2025,eighty,USD,10-K,,',
        'MSFT,Microsoft,company,capex,2025,1,USD,10-K,,',
      ].join('\n'),
    );
    await page.getByRole('button', { name: 'Choose another file' }).click();
    await page.getByTestId('import-file').setInputFiles(bad);
    await expect(page.getByTestId('import-error')).toBeVisible();
    await shoot(page, '07-import-error');
    await page.keyboard.press('Escape');

    await page.keyboard.press('Control+Shift+D');
    await page.getByTestId('memo-item').first().hover();
    await page
      .getByRole('button', { name: /^Actions for/ })
      .first()
      .click();
    await expect(page.getByRole('menu')).toBeVisible();
    await shoot(page, '08-memo-menu');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: /^AWS growth check/ }).focus();
    await page.keyboard.press('Delete');
    await page.getByRole('button', { name: /^Trash/ }).click();
    await expect(page.getByTestId('trash-item')).toHaveCount(1);
    await shoot(page, '09-trash');

    await page.keyboard.press('Control+/');
    await expect(page.getByTestId('shortcuts-dialog')).toBeVisible();
    await shoot(page, '10-shortcuts');
    expect(errors).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
