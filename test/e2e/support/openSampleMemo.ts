import { expect, type Page } from '@playwright/test';

/** Opens the sample memo from the memo list and waits until its figures show and it is saved. */
export async function openSampleMemo(page: Page): Promise<void> {
  await page
    .getByRole('list', { name: 'Memo list' })
    .getByRole('button', { name: /^Amazon/ })
    .first()
    .click();
  await expect(page.getByTestId('figure').first()).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
}
