import type Database from 'better-sqlite3';
import type { MemoSummary } from '../../../shared/api/memoApi';
import { markdownToMemo } from '../../../shared/memo/markdownToMemo';
import { memoToMarkdown } from '../../../shared/memo/memoToMarkdown';
import { pdfFileName } from '../export/pdfFileName';
import { UserError } from '../router/userError';
import { findMemo } from './memoQueries';
import { createMemo } from './memoWrites';

/**
 * A new memo from Markdown (front matter, {{ figures }}, ```calc blocks), as `tickmark memo
 * add` and the app's Import Markdown… read it. The title is the front matter's, else the file's
 * name. A file that is not a memo is refused with every problem and its place; nothing is written.
 */
export function importMarkdownMemo(
  db: Database.Database,
  markdown: string,
  fileName: string,
): MemoSummary {
  const read = markdownToMemo(markdown);
  if (!read.ok) {
    throw new UserError(
      [
        `${fileName} cannot be read as a memo:`,
        ...read.problems.map((p) => `${p.where}: ${p.what}`),
      ].join('\n'),
      'invalid_args',
      fileName,
    );
  }
  const title = read.memo.meta.title.trim() || fileName.replace(/\.(md|markdown|txt)$/i, '');
  return createMemo(db, { title, memo: read.memo });
}

/** A memo as Markdown (figures as {{ expression | format }}), with a file name for it. */
export function exportMarkdownMemo(
  db: Database.Database,
  memoRef: string | number,
): { markdown: string; fileName: string } {
  const record = findMemo(db, memoRef);
  return {
    markdown: memoToMarkdown(record.memo),
    fileName: pdfFileName(record.title).replace(/\.pdf$/, '.md'),
  };
}
