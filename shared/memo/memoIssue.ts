/** One thing wrong with a stored memo or a Markdown file: where it is, and what is wrong. */
export interface MemoIssue {
  /** A path into the memo (`doc.content[3].content[1]`) or a place in a file (`line 12`). */
  where: string;
  what: string;
}
