/**
 * How long a single-line field may be: a memo's name, the title block's title, author and
 * subtitle, an entity's name. A title is read on one line of the running header; no analyst
 * writes 500 characters there, and a field of megabytes would only slow every page down.
 * The one rule: the API schemas, the memo validator and the Markdown front matter read it.
 */
export const SINGLE_LINE_MAX = 500;

/** The whole YAML front matter of memo Markdown (four short fields), in characters. */
export const FRONT_MATTER_MAX = 8000;

/** Why `text` is too long for a single-line field, or null when it fits. */
export function singleLineTooLong(text: string): string | null {
  if (text.length <= SINGLE_LINE_MAX) return null;
  return `is ${text.length.toLocaleString('en-US')} characters long; a single-line field holds at most ${SINGLE_LINE_MAX}`;
}

/** How many characters of a field a message quotes before it cuts with `…`. */
export const QUOTED_MAX = 80;

/** `text` as a message quotes it: whole when short, else its start and `…` (a 20,000-character title is not repeated). */
export function quotedStart(text: string): string {
  return text.length <= QUOTED_MAX ? text : `${text.slice(0, QUOTED_MAX)}…`;
}
