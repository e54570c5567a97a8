// Long enough for Electron's save dialog to start reading the blob; short enough not to hold it.
const REVOKE_AFTER_MS = 60_000;

/**
 * Hands bytes to the user as a file: a download in a browser, the system's save dialog in
 * Electron. A temporary object URL is clicked through an `<a download>` and revoked after.
 */
export function downloadFile(
  { fileName, bytes, type }: { fileName: string; bytes: Uint8Array; type: string },
  doc: Document = document,
): void {
  // A copy on its own ArrayBuffer, as Blob takes it (a view may sit on a shared or larger buffer).
  const blob = new Blob([bytes.slice()], { type });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
