import { isIsoDate } from '../calc/isIsoDate';
import { findForbiddenCharacter } from './forbiddenCharacter';
import type { MemoIssue } from './memoIssue';
import type { Memo } from './memoTypes';
import { singleLineTooLong } from './textLimits';
import { validateBlockList } from './validateBlocks';
import {
  checkKeys,
  createValidationContext,
  describeValue,
  field,
  isRecord,
  type ValidationContext,
} from './validationContext';

export type MemoValidation = { ok: true; memo: Memo } | { ok: false; problems: MemoIssue[] };

const META_KEYS = ['title', 'author', 'date', 'subtitle'] as const;

/**
 * Checks any stored value (parsed JSON) against the memo schema of memoTypes.ts. A valid memo
 * comes back as is (same object); an invalid one gives every problem found, each with a path
 * like `doc.content[3].content[1]` and what is wrong. Nothing is dropped or "fixed": unknown
 * keys, unknown node types and `javascript:` links are problems, not silently removed.
 */
export function validateMemo(value: unknown): MemoValidation {
  const ctx = createValidationContext();
  if (!isRecord(value)) {
    ctx.report('memo', `must be an object { meta, doc }, not ${describeValue(value)}`);
    return { ok: false, problems: ctx.problems };
  }
  checkKeys(ctx, value, '', ['meta', 'doc'], ['meta', 'doc']);
  if ('meta' in value) validateMeta(ctx, value.meta);
  if ('doc' in value) validateDoc(ctx, value.doc);
  if (ctx.problems.length > 0) return { ok: false, problems: ctx.problems };
  return { ok: true, memo: value as unknown as Memo };
}

function validateMeta(ctx: ValidationContext, meta: unknown): void {
  if (!isRecord(meta)) {
    ctx.report('meta', `must be { title, author, date, subtitle }, not ${describeValue(meta)}`);
    return;
  }
  checkKeys(ctx, meta, 'meta', META_KEYS, META_KEYS);
  for (const key of META_KEYS) {
    if (!(key in meta)) continue;
    const text = meta[key];
    const path = field('meta', key);
    if (typeof text !== 'string') {
      ctx.report(path, `must be text, not ${describeValue(text)}`);
      continue;
    }
    const tooLong = singleLineTooLong(text);
    if (tooLong) {
      ctx.report(path, tooLong);
      continue;
    }
    const bad = findForbiddenCharacter(text, { lineBreaks: false });
    if (bad) ctx.report(path, `holds ${bad.description} at offset ${bad.offset}`);
  }
  if (typeof meta.date === 'string' && meta.date !== '' && !isIsoDate(meta.date)) {
    ctx.report('meta.date', `must be a date YYYY-MM-DD or empty, not ${describeValue(meta.date)}`);
  }
}

function validateDoc(ctx: ValidationContext, doc: unknown): void {
  if (!isRecord(doc)) {
    ctx.report('doc', `must be { type: "doc", content }, not ${describeValue(doc)}`);
    return;
  }
  checkKeys(ctx, doc, 'doc', ['type', 'content'], ['type', 'content']);
  if (doc.type !== 'doc') ctx.report('doc.type', `must be "doc", not ${describeValue(doc.type)}`);
  if ('content' in doc) validateBlockList(ctx, doc.content, 'doc.content', 0);
}
