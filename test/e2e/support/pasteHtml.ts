import type { Page } from '@playwright/test';

/** Pastes `html` (with `text` as its plain-text flavour) into the focused editor, as a clipboard paste does. */
export async function pasteHtml(page: Page, html: string, text = html): Promise<void> {
  await page.evaluate(
    ([h, t]) => {
      const data = new DataTransfer();
      data.setData('text/html', h);
      data.setData('text/plain', t);
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    [html, text] as const,
  );
}
