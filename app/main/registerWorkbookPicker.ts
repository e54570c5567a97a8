import type { Router } from '../backend/router/createRouter';

/** The Open dialog's settings for choosing a workbook to link. */
export const WORKBOOK_PICKER_OPTIONS = {
  title: 'Link an Excel workbook',
  properties: ['openFile'] as 'openFile'[],
  filters: [
    { name: 'Excel workbooks', extensions: ['xlsx', 'xlsm'] },
    { name: 'All files', extensions: ['*'] },
  ],
};

/**
 * Registers `links:pickFile`, answered by the system's Open dialog (`pick`, Electron's
 * `dialog.showOpenDialog` in the main process): the chosen path, or null when cancelled.
 */
export function registerWorkbookPicker(
  router: Router,
  pick: (options: typeof WORKBOOK_PICKER_OPTIONS) => Promise<{
    canceled: boolean;
    filePaths: string[];
  }>,
): void {
  router.register('links:pickFile', async () => {
    const result = await pick(WORKBOOK_PICKER_OPTIONS);
    return { path: result.canceled ? null : (result.filePaths[0] ?? null) };
  });
}
