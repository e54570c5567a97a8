import { afterEach } from 'vitest';
import { pdfTools, type PdfTools } from './pdfTools';

/** Opens PDF bytes with poppler's tools; every one opened in a test is cleaned up after it. */
export function usePdfTools(): (bytes: Uint8Array) => PdfTools {
  const opened: PdfTools[] = [];
  afterEach(() => opened.splice(0).forEach((t) => t.dispose()));
  return (bytes) => {
    const tools = pdfTools(bytes);
    opened.push(tools);
    return tools;
  };
}

/** Text with runs of whitespace made single spaces (lines wrap anywhere). */
export const flat = (text: string): string => text.replace(/\s+/g, ' ');
