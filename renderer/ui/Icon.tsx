/**
 * The app's icons, the editor toolbar's too: 16px line drawings on a 24-unit grid, drawn in the
 * current text colour.
 */
const PATHS = {
  plus: 'M12 5v14M5 12h14',
  memo: 'M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8zM14 3v5h5M9 13h6M9 17h4',
  database:
    'M4 6c0-1.7 3.6-3 8-3s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3zM4 6v12c0 1.7 3.6 3 8 3s8-1.3 8-3V6M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3',
  trash: 'M4 7h16M10 11v6M14 11v6M6 7l1 12a2 2 0 0 0 2 2h6a2 2 0 0 0 2-2l1-12M9 7V4h6v3',
  search: 'M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14zM20 20l-4-4',
  split: 'M4 5h16v14H4zM12 5v14',
  upload: 'M12 15V4M7 9l5-5 5 5M5 15v4h14v-4',
  undo: 'M9 14L4 9l5-5M4 9h10a6 6 0 0 1 0 12h-3',
  history: 'M3 12a9 9 0 1 0 3-6.7L3 8M3 3v5h5M12 7v5l3 3',
  close: 'M6 6l12 12M18 6L6 18',
  more: 'M5 12h.01M12 12h.01M19 12h.01',
  copy: 'M9 9h11v11H9zM5 15H4V4h11v1',
  pencil: 'M4 20h4L19 9l-4-4L4 16zM14 6l4 4',
  restore: 'M3 12a9 9 0 1 0 3-6.7L3 8M3 3v5h5',
  chevronDown: 'M6 9l6 6 6-6',
  chevronUp: 'M6 15l6-6 6 6',
  file: 'M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8zM14 3v5h5',
  alert:
    'M12 8v5M12 16.5h.01M10.3 3.9L2.4 18a2 2 0 0 0 1.7 3h15.8a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z',
  check: 'M5 12l5 5 9-10',
  lock: 'M6 11h12v10H6zM8 11V7a4 4 0 0 1 8 0v4',
  filter: 'M4 5h16l-6 8v6l-4-2v-4z',
  download: 'M12 4v11M7 10l5 5 5-5M5 20h14',
  // The editor toolbar's.
  redo: 'M15 14l5-5-5-5M20 9H10a6 6 0 0 0 0 12h3',
  bold: 'M7 5h6a3.5 3.5 0 0 1 0 7H7zM7 12h7a3.5 3.5 0 0 1 0 7H7z',
  italic: 'M10 5h8M6 19h8M14 5l-4 14',
  underline: 'M7 4v7a5 5 0 0 0 10 0V4M5 20h14',
  link: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
  bullets: 'M9 6h11M9 12h11M9 18h11M4.5 6h.01M4.5 12h.01M4.5 18h.01',
  numbers: 'M10 6h10M10 12h10M10 18h10M4 5l1.5-1V9M3.5 14.5a1.5 1.5 0 0 1 3 .5L3.5 19h3',
  quote: 'M7 7h4v5a4 4 0 0 1-4 4M14 7h4v5a4 4 0 0 1-4 4',
  table: 'M4 5h16v14H4zM4 10h16M4 15h16M10 5v14',
  figure:
    'M8 4c-2 0-2 2-2 4s-1 4-3 4c2 0 3 2 3 4s0 4 2 4M16 4c2 0 2 2 2 4s1 4 3 4c-2 0-3 2-3 4s0 4-2 4',
  calc: 'M5 4h14v16H5zM8 8h8M8 12h2M12 12h2M8 16h2M12 16h2M16 12v4',
  chart: 'M4 20h16M7 20v-6M12 20V8M17 20v-9',
  footnote: 'M4 18h10M4 13h16M4 8h16M18 3v5M16.5 4.5L18 3',
  pageBreak: 'M5 4v5h14V4M5 20v-5h14v5M3 12h3M9 12h6M18 12h3',
  rowAdd: 'M4 5h16v8H4zM12 16v5M9.5 18.5h5',
  colAdd: 'M4 4h8v16H4zM15 12h5M17.5 9.5v5',
  rowRemove: 'M4 5h16v8H4zM9.5 18.5h5',
  colRemove: 'M4 4h8v16H4zM15 12h5',
  tableRemove: 'M4 5h16v14H4zM9 10l6 6M15 10l-6 6',
  tableTitle: 'M4 4h16M4 9h16v11H4z',
  tableSource: 'M4 4h16v11H4zM4 20h10',
  sidebar: 'M4 5h16v14H4zM9 5v14',
} as const;

/** Dots and the bold glyph need a heavier stroke to read at 16px. */
const STROKE: Partial<Record<keyof typeof PATHS, number>> = { more: 3, bold: 2.25 };

export type IconName = keyof typeof PATHS;

export function Icon({
  name,
  size = 16,
  title,
}: {
  name: IconName;
  size?: number;
  title?: string;
}) {
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={STROKE[name] ?? 1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden={title ? undefined : true}
      role={title ? 'img' : undefined}
    >
      {title && <title>{title}</title>}
      <path d={PATHS[name]} />
    </svg>
  );
}
