import type { MemoIssue } from './memoIssue';

/** Collects problems while a memo is walked; never stops at the first. */
export interface ValidationContext {
  problems: MemoIssue[];
  report(where: string, what: string): void;
}

export function createValidationContext(): ValidationContext {
  const problems: MemoIssue[] = [];
  return {
    problems,
    report(where, what) {
      problems.push({ where, what });
    },
  };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `doc.content` + 3 -> `doc.content[3]`. */
export function at(path: string, index: number): string {
  return `${path}[${index}]`;
}

/** `doc.content[3]` + `attrs` -> `doc.content[3].attrs`. */
export function field(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/**
 * Reports keys of `node` that are not in `allowed` and `required` keys that are missing.
 * Unknown keys are problems, not silently dropped: the memo must say exactly what it holds.
 */
export function checkKeys(
  ctx: ValidationContext,
  node: Record<string, unknown>,
  path: string,
  allowed: readonly string[],
  required: readonly string[],
): void {
  for (const key of Object.keys(node)) {
    if (!allowed.includes(key)) {
      ctx.report(field(path, key), `unknown key "${key}" (expected ${listOf(allowed)})`);
    }
  }
  for (const key of required) {
    if (!(key in node)) ctx.report(field(path, key), `"${key}" is missing`);
  }
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

export function listOf(items: readonly string[]): string {
  return items.map((item) => `"${item}"`).join(', ');
}
