import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../app/backend/createBackend';
import { createRouter } from '../../../app/backend/router/createRouter';
import {
  registerWorkbookPicker,
  WORKBOOK_PICKER_OPTIONS,
} from '../../../app/main/registerWorkbookPicker';

describe('links:pickFile (Electron: the system Open dialog)', () => {
  it('answers with the chosen workbook, or null when cancelled', async () => {
    const router = createRouter();
    const answers = [
      { canceled: false, filePaths: ['/models/model.xlsx'] },
      { canceled: true, filePaths: [] },
    ];
    const asked: unknown[] = [];
    registerWorkbookPicker(router, async (options) => {
      asked.push(options);
      return answers.shift()!;
    });
    expect(await router.invoke('links:pickFile', {})).toEqual({
      ok: true,
      value: { path: '/models/model.xlsx' },
    });
    expect(await router.invoke('links:pickFile', {})).toEqual({ ok: true, value: { path: null } });
    expect(asked[0]).toBe(WORKBOOK_PICKER_OPTIONS);
    expect(WORKBOOK_PICKER_OPTIONS.filters[0]!.extensions).toEqual(['xlsx', 'xlsm']);
  });

  it('is not a handler of the backend alone (browser mode has no picker)', async () => {
    const backend = createBackend({ mode: 'test' });
    expect(backend.router.names()).toContain('links:link');
    const result = await backend.router.invoke('links:pickFile', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_handler' } });
    backend.close();
  });
});
