import type { ApiClient } from '../../api/createApiClient';
import { downloadFile } from '../export/downloadFile';

/**
 * File > Export Markdown… (and the memo menu's Export Markdown): the memo as `tickmark memo md`
 * writes it (`memos:exportMarkdown`), handed over as a download (the save dialog in Electron).
 */
export async function exportMarkdown(api: ApiClient, id: number): Promise<string> {
  const { markdown, fileName } = await api.invoke('memos:exportMarkdown', { id });
  const bytes = new TextEncoder().encode(markdown);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  downloadFile({ fileName, base64: btoa(binary), type: 'text/markdown;charset=utf-8' });
  return fileName;
}
