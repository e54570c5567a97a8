/** Toolbar glyphs: 16px line drawings on a 24-unit grid, in the current text colour. */
const PATHS = {
  undo: 'M9 14L4 9l5-5M4 9h10a6 6 0 0 1 0 12h-3',
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
} as const;

export type ToolbarIconName = keyof typeof PATHS;

export function ToolbarIcon({ name }: { name: ToolbarIconName }) {
  return (
    <svg
      className="toolbar__icon"
      width={16}
      height={16}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={name === 'bold' ? 2.25 : 1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
