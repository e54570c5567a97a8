import { isIdentifier } from '../calc/identifiers';
import { eachChildOfType } from './eachChildOfType';
import { findForbiddenCharacter } from './forbiddenCharacter';
import { isAllowedHref } from './isAllowedHref';
import {
  at,
  checkKeys,
  describeValue,
  field,
  isRecord,
  listOf,
  type ValidationContext,
} from './validationContext';

const INLINE_TYPES = ['text', 'figure', 'footnote', 'hardBreak'] as const;
const MARK_TYPES = ['bold', 'italic', 'underline', 'link'] as const;

/** Checks the inline content of a paragraph, heading or table cell paragraph. */
export function validateInlineContent(ctx: ValidationContext, value: unknown, path: string): void {
  if (!Array.isArray(value)) {
    ctx.report(path, `must be a list of inline nodes, not ${describeValue(value)}`);
    return;
  }
  value.forEach((node, index) => validateInlineNode(ctx, node, at(path, index)));
}

/** Checks the content of a calc block: plain text nodes, no marks. */
export function validatePlainText(ctx: ValidationContext, value: unknown, path: string): void {
  const rule = {
    types: ['text'],
    missing: (v: unknown) => `must be a list of text nodes, not ${describeValue(v)}`,
    wrongType: 'a calc block holds text only',
    allowEmpty: true,
  };
  eachChildOfType(ctx, value, path, rule, (node, nodePath) => {
    checkKeys(ctx, node, nodePath, ['type', 'text'], ['type', 'text']);
    validateText(ctx, node.text, field(nodePath, 'text'));
  });
}

function validateInlineNode(ctx: ValidationContext, node: unknown, path: string): void {
  if (!isRecord(node)) {
    ctx.report(path, `must be an inline node, not ${describeValue(node)}`);
    return;
  }
  switch (node.type) {
    case 'text':
      checkKeys(ctx, node, path, ['type', 'text', 'marks'], ['type', 'text']);
      validateText(ctx, node.text, field(path, 'text'));
      break;
    case 'figure':
      checkKeys(ctx, node, path, ['type', 'attrs', 'marks'], ['type', 'attrs']);
      validateFigureAttrs(ctx, node.attrs, field(path, 'attrs'));
      break;
    case 'footnote':
      checkKeys(ctx, node, path, ['type', 'attrs', 'marks'], ['type', 'attrs']);
      validateFootnoteAttrs(ctx, node.attrs, field(path, 'attrs'));
      break;
    case 'hardBreak':
      checkKeys(ctx, node, path, ['type', 'marks'], ['type']);
      break;
    default:
      ctx.report(
        field(path, 'type'),
        `unknown inline node type ${describeValue(node.type)} (expected ${listOf(INLINE_TYPES)})`,
      );
      return;
  }
  if ('marks' in node) validateMarks(ctx, node.marks, field(path, 'marks'));
}

function validateText(ctx: ValidationContext, text: unknown, path: string): void {
  if (typeof text !== 'string') {
    ctx.report(path, `must be text, not ${describeValue(text)}`);
    return;
  }
  if (text === '') ctx.report(path, 'a text node may not be empty');
  const bad = findForbiddenCharacter(text, { lineBreaks: true });
  if (bad) ctx.report(path, `holds ${bad.description} at offset ${bad.offset}`);
}

function validateFigureAttrs(ctx: ValidationContext, attrs: unknown, path: string): void {
  if (!isRecord(attrs)) {
    ctx.report(path, `must be { expr, format }, not ${describeValue(attrs)}`);
    return;
  }
  checkKeys(ctx, attrs, path, ['expr', 'format', 'scenario'], ['expr', 'format']);
  if ('scenario' in attrs && (typeof attrs.scenario !== 'string' || !isIdentifier(attrs.scenario)))
    ctx.report(
      field(path, 'scenario'),
      `a figure's scenario is a name (a letter, then letters, digits or _), not ${describeValue(attrs.scenario)}`,
    );
  validateFigurePart(ctx, attrs.expr, field(path, 'expr'), 'expression');
  validateFigurePart(ctx, attrs.format, field(path, 'format'), 'format');
  if (typeof attrs.format === 'string' && attrs.format.includes('|')) {
    ctx.report(field(path, 'format'), 'a figure format may not contain "|"');
  }
}

function validateFigurePart(
  ctx: ValidationContext,
  value: unknown,
  path: string,
  what: string,
): void {
  if (typeof value !== 'string') {
    ctx.report(path, `the figure ${what} must be text, not ${describeValue(value)}`);
    return;
  }
  const bad = findForbiddenCharacter(value, { lineBreaks: false });
  if (bad) ctx.report(path, `the figure ${what} holds ${bad.description} at offset ${bad.offset}`);
  if (value !== value.trim()) {
    ctx.report(path, `the figure ${what} may not start or end with spaces`);
  }
  if (value.includes('}}')) ctx.report(path, `the figure ${what} may not contain "}}"`);
}

function validateFootnoteAttrs(ctx: ValidationContext, attrs: unknown, path: string): void {
  if (!isRecord(attrs)) {
    ctx.report(path, `must be { text }, not ${describeValue(attrs)}`);
    return;
  }
  checkKeys(ctx, attrs, path, ['text'], ['text']);
  const text = attrs.text;
  if (typeof text !== 'string') {
    ctx.report(field(path, 'text'), `the footnote text must be text, not ${describeValue(text)}`);
    return;
  }
  const bad = findForbiddenCharacter(text, { lineBreaks: true });
  if (bad) ctx.report(field(path, 'text'), `holds ${bad.description} at offset ${bad.offset}`);
}

function validateMarks(ctx: ValidationContext, marks: unknown, path: string): void {
  if (!Array.isArray(marks)) {
    ctx.report(path, `must be a list of marks, not ${describeValue(marks)}`);
    return;
  }
  const seen = new Set<unknown>();
  marks.forEach((mark, index) => {
    const markPath = at(path, index);
    if (!isRecord(mark)) {
      ctx.report(markPath, `must be a mark, not ${describeValue(mark)}`);
      return;
    }
    if (seen.has(mark.type)) ctx.report(markPath, `the mark "${String(mark.type)}" appears twice`);
    seen.add(mark.type);
    if (mark.type === 'link') {
      checkKeys(ctx, mark, markPath, ['type', 'attrs'], ['type', 'attrs']);
      validateHref(ctx, mark.attrs, field(markPath, 'attrs'));
    } else if (mark.type === 'bold' || mark.type === 'italic' || mark.type === 'underline') {
      checkKeys(ctx, mark, markPath, ['type'], ['type']);
    } else {
      ctx.report(
        field(markPath, 'type'),
        `unknown mark ${describeValue(mark.type)} (expected ${listOf(MARK_TYPES)})`,
      );
    }
  });
}

function validateHref(ctx: ValidationContext, attrs: unknown, path: string): void {
  if (!isRecord(attrs)) {
    ctx.report(path, `a link needs { href }, not ${describeValue(attrs)}`);
    return;
  }
  checkKeys(ctx, attrs, path, ['href'], ['href']);
  const href = attrs.href;
  if (typeof href !== 'string') {
    ctx.report(field(path, 'href'), `the link target must be text, not ${describeValue(href)}`);
  } else if (!isAllowedHref(href)) {
    ctx.report(
      field(path, 'href'),
      `the link ${describeValue(href)} is not allowed: only http, https and mailto links, without spaces`,
    );
  }
}
