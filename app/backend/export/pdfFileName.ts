/** A safe file name for a memo's PDF: its title without characters file systems refuse. */
export function pdfFileName(title: string): string {
  const base = title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${base || 'memo'}.pdf`;
}
