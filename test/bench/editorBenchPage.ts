import type { Page } from '@playwright/test';

/**
 * In-page probes of the editor bench. Times are taken inside the page, from the event's own
 * timestamp to the moment after the next frame was produced (a message posted from the frame's
 * requestAnimationFrame runs once that frame's style, layout and paint are done).
 */

/** Puts the caret in the middle of the middle paragraph of the memo. */
export async function caretInTheMiddle(page: Page): Promise<void> {
  await page.evaluate(() => {
    type Ed = {
      state: {
        doc: {
          content: { size: number };
          resolve(pos: number): { parent: { isTextblock: boolean } };
        };
      };
      commands: { setTextSelection(pos: number): boolean; focus(): boolean };
    };
    const editor = (document.querySelector('.memo-doc') as unknown as { editor: Ed }).editor;
    let pos = Math.floor(editor.state.doc.content.size / 2);
    while (!editor.state.doc.resolve(pos).parent.isTextblock) pos++;
    editor.commands.focus();
    editor.commands.setTextSelection(pos);
  });
}

/** Starts recording keystroke-to-frame times (one per keydown) into `window.__keyTimes`. */
export async function recordKeystrokes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __keyTimes: number[] };
    w.__keyTimes = [];
    const channel = new MessageChannel();
    let pending: number | null = null;
    channel.port1.onmessage = () => {
      if (pending !== null) w.__keyTimes.push(performance.now() - pending);
      pending = null;
    };
    document.addEventListener(
      'keydown',
      (event) => {
        pending = event.timeStamp;
        requestAnimationFrame(() => channel.port2.postMessage(null));
      },
      true,
    );
  });
}

export async function keystrokeTimes(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __keyTimes: number[] }).__keyTimes);
}

/**
 * Arms a probe for the next `facts:changed`: resolves with the time from the event's arrival
 * (the store's `tickmark:facts-changed` mark) until the frame that shows all `expected`
 * figures with their new text has been produced.
 */
export async function armRepaintProbe(page: Page, expected: number): Promise<void> {
  await page.evaluate((count) => {
    const w = window as unknown as { __repaint: Promise<number> };
    performance.clearMarks('tickmark:facts-changed');
    const driven = [...document.querySelectorAll<HTMLElement>('[data-testid="figure"]')].filter(
      (el) => (el.dataset.expr ?? '').startsWith('BENCH.driver'),
    );
    if (driven.length !== count)
      throw new Error(`expected ${count} driver figures, found ${driven.length}`);
    const before = new Map(driven.map((el) => [el, el.textContent]));
    w.__repaint = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (driven.some((el) => el.textContent === before.get(el))) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const mark = performance.getEntriesByName('tickmark:facts-changed')[0];
            resolve(mark ? performance.now() - mark.startTime : NaN);
          };
          channel.port2.postMessage(null);
        });
      });
      observer.observe(document.querySelector('.memo-doc')!, {
        subtree: true,
        characterData: true,
        childList: true,
      });
    });
  }, expected);
}

export async function repaintTime(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __repaint: Promise<number> }).__repaint);
}
