/**
 * Why a file the user named could not be read, in words that follow its path: `does not exist`,
 * `is a folder`, or `cannot be read (EACCES)`. The workbook link and the CLI's input files say it
 * the same way.
 */
export function unreadableReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'EISDIR') return 'is a folder';
  return `cannot be read (${code ?? 'unknown error'})`;
}
