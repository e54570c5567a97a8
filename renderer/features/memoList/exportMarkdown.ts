import type { ApiClient } from '../../api/createApiClient';
import { downloadFile } from '../export/downloadFile';

/**
 * File > Export Markdown… (and the memo menu's Export Markdown): the memo as `tickmark memo md`
 * writes it (`memos:exportMarkdown`), handed over as a download (the save dialog in Electron).
 */
export async function exportMarkdown(api: ApiClient, id: number): Promise<string> {
  const { markdown, fileName } = await api.invoke('memos:exportMarkdown', { id });
  const bytes = new TextEncoder().encode(markdown);
  downloadFile({ fileName, bytes, type: 'text/markdown;charset=utf-8' });
  return fileName;
}
