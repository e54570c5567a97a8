import { countLabel } from '../../ui/countLabel';

/** The toast after an export: `Exported NAME.pdf (3 pages), kept as version 12`. */
export function exportedMessage({
  fileName,
  pages,
  version,
}: {
  fileName: string;
  pages: number;
  version: number;
}): string {
  const what = `Exported ${fileName} (${countLabel(pages, 'page')})`;
  // A read-only workspace keeps no version; the handler reports 0.
  return version > 0
    ? `${what}, kept as version ${version}`
    : `${what}; no version kept (read-only workspace)`;
}
