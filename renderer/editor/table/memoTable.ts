import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';

/**
 * Tables as the memo model holds them: rows of header or body cells, each cell one or more
 * paragraphs (no lists or calc blocks inside a cell, so every table prints the same in the PDF).
 */
export const memoTable = [
  Table.configure({ resizable: false, allowTableNodeSelection: true }),
  TableRow,
  TableHeader.extend({ content: 'paragraph+' }),
  TableCell.extend({ content: 'paragraph+' }),
];
