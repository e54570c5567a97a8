import { findForbiddenCharacter } from './forbiddenCharacter';
import type { InlineNode } from './memoTypes';
import { singleLineTooLong } from './textLimits';

/**
 * A table's title and source line (memo Markdown: a paragraph `Table: …` right before the table,
 * `Source: …` right after it). Plain text, one line: no figures, marks or links, so a caption
 * reads the same in the editor's field, the PDF and Markdown.
 */
export type CaptionKind = 'title' | 'source';

/** The word that opens the caption's paragraph in memo Markdown. */
export const CAPTION_LABEL: Record<CaptionKind, string> = { title: 'Table', source: 'Source' };

/** Why `text` is not a caption the model holds, or null when it is. The one rule. */
export function captionProblem(text: unknown): string | null {
  if (typeof text !== 'string') return `must be text, not ${typeof text}`;
  if (text.trim() === '') return 'is empty (leave the key out for no caption)';
  if (text !== text.trim()) return 'has spaces at its start or end';
  const bad = findForbiddenCharacter(text, { lineBreaks: false });
  if (bad) return `holds ${bad.description} at offset ${bad.offset} (a caption is one line)`;
  return singleLineTooLong(text);
}

/** `text` as the model holds a caption: one trimmed line of allowed characters, or '' for none. */
export function cleanCaption(text: string): string {
  return text
    .replace(/[^\P{Cc}]|\p{Cs}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The caption a Markdown paragraph is, or null: its source starts with `Table:` (or `Source:`)
 * and a space, and it is plain text (an escaped `Table\:`, marks or figures keep it a paragraph).
 */
export function captionOfParagraph(
  source: string,
  content: readonly InlineNode[],
  kind: CaptionKind,
): string | null {
  const label = `${CAPTION_LABEL[kind]}:`;
  if (!source.startsWith(label) || !/^\s/.test(source.slice(label.length))) return null;
  if (!content.every((node) => node.type === 'text' && !node.marks)) return null;
  const text = content.map((node) => (node.type === 'text' ? node.text : '')).join('');
  const caption = text.slice(label.length).trim();
  return captionProblem(caption) === null ? caption : null;
}
