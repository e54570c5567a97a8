/** How the platform writes the command modifier in a tooltip: `⌘` on a Mac, `Ctrl+` elsewhere. */
export function modKey(): string {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
    ? '⌘'
    : 'Ctrl+';
}
