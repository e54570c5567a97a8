import { at, isRecord, type ValidationContext } from './validationContext';

export interface ChildRule {
  /** The node types allowed here. */
  types: readonly string[];
  /** The problem when the value is not a list (or is empty, unless `allowEmpty`). */
  missing: (value: unknown) => string;
  /** The problem for a child of another type. */
  wrongType: string;
  allowEmpty?: boolean;
}

/** Checks a node's `content` list against `rule` and visits each child of an allowed type. */
export function eachChildOfType(
  ctx: ValidationContext,
  value: unknown,
  path: string,
  rule: ChildRule,
  visit: (child: Record<string, unknown>, childPath: string) => void,
): void {
  if (!Array.isArray(value) || (!rule.allowEmpty && value.length === 0)) {
    ctx.report(path, rule.missing(value));
    return;
  }
  value.forEach((child: unknown, index) => {
    const childPath = at(path, index);
    if (!isRecord(child) || typeof child.type !== 'string' || !rule.types.includes(child.type)) {
      ctx.report(childPath, rule.wrongType);
      return;
    }
    visit(child, childPath);
  });
}
