import { stringify } from 'yaml';
import type { MemoMeta } from './memoTypes';

/** The YAML front matter of a memo's title block (empty fields left out), or '' if all are empty. */
export function writeFrontMatter(meta: MemoMeta): string {
  const fields: Partial<MemoMeta> = {};
  if (meta.title !== '') fields.title = meta.title;
  if (meta.subtitle !== '') fields.subtitle = meta.subtitle;
  if (meta.author !== '') fields.author = meta.author;
  if (meta.date !== '') fields.date = meta.date;
  if (Object.keys(fields).length === 0) return '';
  return `---\n${stringify(fields, { lineWidth: 0 })}---\n`;
}
