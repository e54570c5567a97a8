import { parseDocument } from 'yaml';
import type { MemoIssue } from './memoIssue';
import type { MemoMeta } from './memoTypes';
import { findForbiddenCharacter } from './forbiddenCharacter';
import { isIsoDate } from '../calc/isIsoDate';
import { FRONT_MATTER_MAX, singleLineTooLong } from './textLimits';

export interface FrontMatter {
  meta: MemoMeta;
  /** The Markdown after the front matter, its lines blanked so line numbers still hold. */
  body: string;
  problems: MemoIssue[];
}

const FENCE = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
const KEYS = ['title', 'author', 'date', 'subtitle'] as const;

/**
 * Reads the YAML front matter of memo Markdown (`---` … `---` on the first lines): the title
 * block's title, author, date (YYYY-MM-DD) and subtitle. Unknown keys and values that are
 * not text are problems with their line, not ignored.
 */
export function readFrontMatter(markdown: string): FrontMatter {
  const meta: MemoMeta = { title: '', author: '', date: '', subtitle: '' };
  const lines = markdown.split('\n');
  if (!FENCE.test(lines[0] ?? '')) return { meta, body: markdown, problems: [] };
  const close = lines.findIndex((line, index) => index > 0 && CLOSE.test(line));
  if (close < 0) {
    return {
      meta,
      body: markdown,
      problems: [
        {
          where: 'line 1',
          what: 'the front matter opened by "---" is never closed by another "---"',
        },
      ],
    };
  }
  const problems: MemoIssue[] = [];
  const yaml = lines.slice(1, close).join('\n');
  if (yaml.length > FRONT_MATTER_MAX) {
    return {
      meta,
      body: markdown,
      problems: [
        {
          where: 'line 2',
          what: `front matter is ${yaml.length.toLocaleString('en-US')} characters long; it holds at most ${FRONT_MATTER_MAX.toLocaleString('en-US')} (title, author, date, subtitle)`,
        },
      ],
    };
  }
  const doc = parseDocument(yaml);
  for (const error of doc.errors) {
    const line = (error.linePos?.[0].line ?? 1) + 1;
    problems.push({ where: `line ${line}`, what: `front matter: ${firstLine(error.message)}` });
  }
  if (problems.length === 0) readFields(doc.toJS(), lineOfKey(lines, close), meta, problems);
  const body = '\n'.repeat(close + 1) + lines.slice(close + 1).join('\n');
  return { meta, body, problems };
}

function readFields(
  value: unknown,
  lineOf: (key: string) => string,
  meta: MemoMeta,
  problems: MemoIssue[],
): void {
  if (value === null || value === undefined) return;
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push({
      where: 'line 2',
      what: 'front matter must be "key: value" lines (title, author, date, subtitle)',
    });
    return;
  }
  for (const [key, field] of Object.entries(value)) {
    const where = lineOf(key);
    if (!isMetaKey(key)) {
      problems.push({
        where,
        what: `front matter: unknown key "${key}" (expected title, author, date or subtitle)`,
      });
      continue;
    }
    if (field === null || field === undefined) continue;
    if (typeof field !== 'string') {
      problems.push({
        where,
        what: `front matter: "${key}" must be text; quote it: ${key}: "${String(field)}"`,
      });
      continue;
    }
    const tooLong = singleLineTooLong(field);
    if (tooLong) {
      problems.push({ where, what: `front matter: "${key}" ${tooLong}` });
      continue;
    }
    const bad = findForbiddenCharacter(field, { lineBreaks: false });
    if (bad) {
      problems.push({ where, what: `front matter: "${key}" holds ${bad.description}` });
      continue;
    }
    if (key === 'date' && field !== '' && !isIsoDate(field)) {
      problems.push({
        where,
        what: `front matter: date must be a date written YYYY-MM-DD, not "${field}"`,
      });
      continue;
    }
    meta[key] = field;
  }
}

function isMetaKey(key: string): key is (typeof KEYS)[number] {
  return (KEYS as readonly string[]).includes(key);
}

/** Where `key:` is written in the front matter (1-based line), for problems. */
function lineOfKey(lines: string[], close: number): (key: string) => string {
  return (key) => {
    const index = lines.findIndex((line, i) => i > 0 && i < close && line.startsWith(`${key}:`));
    return `line ${index > 0 ? index + 1 : 2}`;
  };
}

/** The YAML library's message without its own position and excerpt (the file line is given). */
function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}
