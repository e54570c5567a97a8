import type { Editor } from '@tiptap/core';

/** One entry of the `/` menu (and of the toolbar's insert actions). */
export interface SlashCommand {
  id: string;
  title: string;
  hint: string;
  /** Extra words the filter matches. */
  keywords: string[];
  run(editor: Editor): void;
}

export const SLASH_COMMANDS: SlashCommand[] = [
  {
    id: 'figure',
    title: 'Figure',
    hint: 'A live number from the deal database',
    keywords: ['number', 'value', 'fact', 'expression', '{{'],
    run: (editor) => editor.chain().focus().insertFigure().run(),
  },
  {
    id: 'calc',
    title: 'Calc block',
    hint: 'Name values: capex_share = A / B',
    keywords: ['variable', 'formula', 'calculation', 'compute'],
    run: (editor) => editor.chain().focus().insertCalcBlock().run(),
  },
  {
    id: 'chart',
    title: 'Chart',
    hint: 'Bar, line or football field from the deal database',
    keywords: ['graph', 'bar', 'line', 'range', 'football', 'plot'],
    run: (editor) => editor.chain().focus().insertChartBlock().run(),
  },
  {
    id: 'h1',
    title: 'Heading 1',
    hint: 'Section title',
    keywords: ['title', 'h1'],
    run: (editor) => editor.chain().focus().setHeading({ level: 1 }).run(),
  },
  {
    id: 'h2',
    title: 'Heading 2',
    hint: 'Subsection',
    keywords: ['subtitle', 'h2'],
    run: (editor) => editor.chain().focus().setHeading({ level: 2 }).run(),
  },
  {
    id: 'h3',
    title: 'Heading 3',
    hint: 'Minor heading',
    keywords: ['h3'],
    run: (editor) => editor.chain().focus().setHeading({ level: 3 }).run(),
  },
  {
    id: 'text',
    title: 'Text',
    hint: 'Plain paragraph',
    keywords: ['paragraph', 'body'],
    run: (editor) => editor.chain().focus().setParagraph().run(),
  },
  {
    id: 'bullets',
    title: 'Bulleted list',
    hint: 'Unordered points',
    keywords: ['ul', 'list', 'points'],
    run: (editor) => editor.chain().focus().toggleBulletList().run(),
  },
  {
    id: 'numbers',
    title: 'Numbered list',
    hint: '1, 2, 3',
    keywords: ['ol', 'list', 'ordered'],
    run: (editor) => editor.chain().focus().toggleOrderedList().run(),
  },
  {
    id: 'quote',
    title: 'Quote',
    hint: 'Block quotation',
    keywords: ['blockquote', 'citation'],
    run: (editor) => editor.chain().focus().toggleBlockquote().run(),
  },
  {
    id: 'table',
    title: 'Table',
    hint: '3 × 3 with a header row',
    keywords: ['grid', 'comps', 'rows', 'columns'],
    run: (editor) =>
      editor.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
  },
  {
    id: 'footnote',
    title: 'Footnote',
    hint: 'A note at the foot of the page',
    keywords: ['note', 'source', 'reference'],
    run: (editor) => editor.chain().focus().insertFootnote().run(),
  },
  {
    id: 'pagebreak',
    title: 'Page break',
    hint: 'Start a new page in the PDF',
    keywords: ['break', 'new page'],
    run: (editor) => editor.chain().focus().insertPageBreak().run(),
  },
];

/** The commands matching what was typed after `/`, best first: title prefix, then word, then keyword. */
export function filterSlashCommands(
  query: string,
  commands: SlashCommand[] = SLASH_COMMANDS,
): SlashCommand[] {
  const q = query.trim().toLowerCase();
  if (q === '') return commands;
  const scored = commands
    .map((command) => ({ command, score: score(command, q) }))
    .filter((entry) => entry.score > 0);
  scored.sort((a, b) => b.score - a.score);
  return scored.map((entry) => entry.command);
}

function score(command: SlashCommand, q: string): number {
  const title = command.title.toLowerCase();
  if (title.startsWith(q)) return 4;
  if (title.split(/\s+/).some((word) => word.startsWith(q))) return 3;
  if (command.keywords.some((k) => k.toLowerCase().startsWith(q))) return 2;
  if (title.includes(q) || command.id.includes(q)) return 1;
  return 0;
}
