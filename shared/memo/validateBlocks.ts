import { eachChildOfType } from './eachChildOfType';
import { captionProblem } from './tableCaption';
import { validateInlineContent, validatePlainText } from './validateInline';
import {
  at,
  checkKeys,
  describeValue,
  field,
  isRecord,
  listOf,
  type ValidationContext,
} from './validationContext';

const BLOCK_TYPES = [
  'paragraph',
  'heading',
  'bulletList',
  'orderedList',
  'blockquote',
  'table',
  'calcBlock',
  'chartBlock',
  'pageBreak',
] as const;

/** Deeper than any Markdown import can nest (markdown-it stops at 100 levels). */
const MAX_DEPTH = 200;

/** Checks a non-empty list of block nodes (the doc, a list item, a block quote). */
export function validateBlockList(
  ctx: ValidationContext,
  value: unknown,
  path: string,
  depth: number,
): void {
  if (!Array.isArray(value) || value.length === 0) {
    ctx.report(path, `must be a non-empty list of blocks, not ${describeValue(value)}`);
    return;
  }
  if (depth > MAX_DEPTH) {
    ctx.report(path, `blocks are nested more than ${MAX_DEPTH} deep`);
    return;
  }
  value.forEach((node, index) => validateBlock(ctx, node, at(path, index), depth));
}

function validateBlock(ctx: ValidationContext, node: unknown, path: string, depth: number): void {
  if (!isRecord(node)) {
    ctx.report(path, `must be a block node, not ${describeValue(node)}`);
    return;
  }
  switch (node.type) {
    case 'paragraph':
      validateParagraph(ctx, node, path);
      return;
    case 'heading':
      checkKeys(ctx, node, path, ['type', 'attrs', 'content'], ['type', 'attrs']);
      validateHeadingAttrs(ctx, node.attrs, field(path, 'attrs'));
      if ('content' in node) validateInlineContent(ctx, node.content, field(path, 'content'));
      return;
    case 'bulletList':
      checkKeys(ctx, node, path, ['type', 'content'], ['type', 'content']);
      validateListItems(ctx, node.content, field(path, 'content'), depth);
      return;
    case 'orderedList':
      checkKeys(ctx, node, path, ['type', 'attrs', 'content'], ['type', 'content']);
      if ('attrs' in node) validateOrderedListAttrs(ctx, node.attrs, field(path, 'attrs'));
      validateListItems(ctx, node.content, field(path, 'content'), depth);
      return;
    case 'blockquote':
      checkKeys(ctx, node, path, ['type', 'content'], ['type', 'content']);
      validateBlockList(ctx, node.content, field(path, 'content'), depth + 1);
      return;
    case 'table':
      checkKeys(ctx, node, path, ['type', 'attrs', 'content'], ['type', 'content']);
      if ('attrs' in node) validateTableAttrs(ctx, node.attrs, field(path, 'attrs'));
      validateTableRows(ctx, node.content, field(path, 'content'));
      return;
    case 'calcBlock':
      checkKeys(ctx, node, path, ['type', 'attrs', 'content'], ['type']);
      if ('attrs' in node) validateCalcBlockAttrs(ctx, node.attrs, field(path, 'attrs'));
      if ('content' in node) validatePlainText(ctx, node.content, field(path, 'content'));
      return;
    case 'chartBlock':
      checkKeys(ctx, node, path, ['type', 'content'], ['type']);
      if ('content' in node) validatePlainText(ctx, node.content, field(path, 'content'));
      return;
    case 'pageBreak':
      checkKeys(ctx, node, path, ['type'], ['type']);
      return;
    default:
      ctx.report(
        field(path, 'type'),
        `unknown block type ${describeValue(node.type)} (expected ${listOf(BLOCK_TYPES)})`,
      );
  }
}

function validateParagraph(
  ctx: ValidationContext,
  node: Record<string, unknown>,
  path: string,
): void {
  checkKeys(ctx, node, path, ['type', 'content'], ['type']);
  if ('content' in node) validateInlineContent(ctx, node.content, field(path, 'content'));
}

function validateHeadingAttrs(ctx: ValidationContext, attrs: unknown, path: string): void {
  if (!isRecord(attrs)) {
    ctx.report(path, `a heading needs { level }, not ${describeValue(attrs)}`);
    return;
  }
  checkKeys(ctx, attrs, path, ['level'], ['level']);
  const level = attrs.level;
  if (level !== 1 && level !== 2 && level !== 3 && level !== 4) {
    ctx.report(
      field(path, 'level'),
      `a heading level is 1, 2, 3 or 4, not ${describeValue(level)}`,
    );
  }
}

function validateCalcBlockAttrs(ctx: ValidationContext, attrs: unknown, path: string): void {
  if (!isRecord(attrs)) {
    ctx.report(path, `must be { hidden: true }, not ${describeValue(attrs)}`);
    return;
  }
  checkKeys(ctx, attrs, path, ['hidden'], ['hidden']);
  if (attrs.hidden !== true) {
    ctx.report(
      field(path, 'hidden'),
      `only true is accepted here (leave attrs out for a printed block), not ${describeValue(attrs.hidden)}`,
    );
  }
}

function validateOrderedListAttrs(ctx: ValidationContext, attrs: unknown, path: string): void {
  if (!isRecord(attrs)) {
    ctx.report(path, `must be { start }, not ${describeValue(attrs)}`);
    return;
  }
  checkKeys(ctx, attrs, path, ['start', 'type'], ['start']);
  const start = attrs.start;
  if (typeof start !== 'number' || !Number.isInteger(start) || start < 0 || start > 999_999_999) {
    ctx.report(
      field(path, 'start'),
      `a list starts at a whole number from 0 to 999999999, not ${describeValue(start)}`,
    );
  }
  if ('type' in attrs && attrs.type !== null) {
    ctx.report(field(path, 'type'), `only null is accepted here, not ${describeValue(attrs.type)}`);
  }
}

function validateListItems(
  ctx: ValidationContext,
  value: unknown,
  path: string,
  depth: number,
): void {
  const rule = {
    types: ['listItem'],
    missing: (v: unknown) => `a list needs at least one item, not ${describeValue(v)}`,
    wrongType: 'a list holds list items ("listItem") only',
  };
  eachChildOfType(ctx, value, path, rule, (item, itemPath) => {
    checkKeys(ctx, item, itemPath, ['type', 'content'], ['type', 'content']);
    const content = item.content;
    if (Array.isArray(content) && content.length > 0) {
      const first: unknown = content[0];
      if (!isRecord(first) || first.type !== 'paragraph') {
        ctx.report(at(field(itemPath, 'content'), 0), 'a list item starts with a paragraph');
      }
    }
    validateBlockList(ctx, content, field(itemPath, 'content'), depth + 1);
  });
}

function validateTableAttrs(ctx: ValidationContext, attrs: unknown, path: string): void {
  if (!isRecord(attrs)) {
    ctx.report(path, `must be { title, source }, not ${describeValue(attrs)}`);
    return;
  }
  checkKeys(ctx, attrs, path, ['title', 'source'], []);
  for (const key of ['title', 'source'] as const) {
    const problem = key in attrs ? captionProblem(attrs[key]) : null;
    if (problem) ctx.report(field(path, key), `a table ${key} ${problem}`);
  }
}

function validateTableRows(ctx: ValidationContext, value: unknown, path: string): void {
  const rowRule = {
    types: ['tableRow'],
    missing: (v: unknown) => `a table needs at least one row, not ${describeValue(v)}`,
    wrongType: 'a table holds rows ("tableRow") only',
  };
  const cellRule = {
    types: ['tableCell', 'tableHeader'],
    missing: () => 'a table row needs at least one cell',
    wrongType: 'a table row holds cells ("tableCell" or "tableHeader") only',
  };
  eachChildOfType(ctx, value, path, rowRule, (row, rowPath) => {
    checkKeys(ctx, row, rowPath, ['type', 'content'], ['type', 'content']);
    eachChildOfType(ctx, row.content, field(rowPath, 'content'), cellRule, (cell, cellPath) =>
      validateCell(ctx, cell, cellPath),
    );
  });
}

function validateCell(ctx: ValidationContext, cell: Record<string, unknown>, path: string): void {
  checkKeys(ctx, cell, path, ['type', 'attrs', 'content'], ['type', 'content']);
  if ('attrs' in cell) validateCellAttrs(ctx, cell.attrs, field(path, 'attrs'));
  const paragraphRule = {
    types: ['paragraph'],
    missing: () => 'a table cell needs at least one paragraph',
    wrongType: 'a table cell holds paragraphs only',
  };
  eachChildOfType(
    ctx,
    cell.content,
    field(path, 'content'),
    paragraphRule,
    (paragraph, paragraphPath) => validateParagraph(ctx, paragraph, paragraphPath),
  );
}

function validateCellAttrs(ctx: ValidationContext, attrs: unknown, path: string): void {
  if (!isRecord(attrs)) {
    ctx.report(path, `must be { colspan, rowspan, colwidth }, not ${describeValue(attrs)}`);
    return;
  }
  checkKeys(ctx, attrs, path, ['colspan', 'rowspan', 'colwidth'], []);
  for (const key of ['colspan', 'rowspan'] as const) {
    const span = attrs[key];
    if (key in attrs && !(typeof span === 'number' && Number.isInteger(span) && span >= 1)) {
      ctx.report(
        field(path, key),
        `must be a whole number of 1 or more, not ${describeValue(span)}`,
      );
    }
  }
  const widths = attrs.colwidth;
  const widthsOk =
    widths === null ||
    widths === undefined ||
    (Array.isArray(widths) &&
      widths.every((w) => typeof w === 'number' && Number.isFinite(w) && w > 0));
  if (!widthsOk) {
    ctx.report(
      field(path, 'colwidth'),
      `must be null or a list of widths, not ${describeValue(widths)}`,
    );
  }
}
