import type Token from 'markdown-it/lib/token.mjs';
import { figureSource } from './figureSource';
import { isAllowedHref } from './isAllowedHref';
import { FIGURE_TOKEN } from './markdownFigureRule';
import { MARK_TAG_TOKEN, markTagMeta } from './markdownTagRule';
import type { FigureNode, InlineNode, Mark } from './memoTypes';
import { normalizeInline, withMarks } from './normalizeInline';

/** The plain text of each footnote, by markdown-it footnote id. */
export type FootnoteTexts = ReadonlyMap<number, string>;

/**
 * A markdown-it inline token list as memo inline nodes. Marks are counted, not nested, as
 * ProseMirror keeps them (a set per node). What the model cannot hold (code spans, images,
 * a link to a forbidden target) stays as its literal Markdown text.
 */
export function inlineTokensToNodes(
  children: readonly Token[],
  footnotes: FootnoteTexts,
): InlineNode[] {
  const counts = { bold: 0, italic: 0, underline: 0 };
  const links: { href: string; allowed: boolean }[] = [];
  const nodes: InlineNode[] = [];
  const marks = (): Mark[] => {
    const active: Mark[] = [];
    const link = links.findLast((candidate) => candidate.allowed);
    if (link) active.push({ type: 'link', attrs: { href: link.href } });
    if (counts.bold > 0) active.push({ type: 'bold' });
    if (counts.italic > 0) active.push({ type: 'italic' });
    if (counts.underline > 0) active.push({ type: 'underline' });
    return active;
  };
  const text = (value: string): void => {
    if (value !== '') nodes.push(withMarks({ type: 'text', text: value }, marks()));
  };
  for (const token of children) {
    switch (token.type) {
      case 'text':
        text(token.content);
        break;
      case 'softbreak':
        text(' ');
        break;
      case 'hardbreak':
        nodes.push(withMarks({ type: 'hardBreak' }, marks()));
        break;
      case 'strong_open':
      case 'strong_close':
        counts.bold += token.nesting;
        break;
      case 'em_open':
      case 'em_close':
        counts.italic += token.nesting;
        break;
      case MARK_TAG_TOKEN: {
        const meta = markTagMeta(token);
        counts[meta.mark] += meta.open ? 1 : -1;
        break;
      }
      case 'link_open': {
        const href = token.attrGet('href') ?? '';
        const allowed = isAllowedHref(href);
        if (!allowed) text('[');
        links.push({ href, allowed });
        break;
      }
      case 'link_close': {
        const link = links.pop();
        if (link && !link.allowed) text(`](${link.href})`);
        break;
      }
      case FIGURE_TOKEN: {
        nodes.push(withMarks({ type: 'figure', attrs: figureMeta(token) }, marks()));
        break;
      }
      case 'footnote_ref': {
        const id = footnoteId(token);
        nodes.push(
          withMarks({ type: 'footnote', attrs: { text: footnotes.get(id) ?? '' } }, marks()),
        );
        break;
      }
      case 'code_inline':
        text(token.markup + token.content + token.markup);
        break;
      case 'image':
        text(imageSource(token));
        break;
      case 'footnote_anchor':
        break;
      default:
        text(token.content);
    }
  }
  return normalizeInline(nodes);
}

export function figureMeta(token: Token): FigureNode['attrs'] {
  const meta: unknown = token.meta;
  if (typeof meta === 'object' && meta !== null && 'expr' in meta && 'format' in meta) {
    if (typeof meta.expr === 'string' && typeof meta.format === 'string') {
      const scenario = 'scenario' in meta ? meta.scenario : undefined;
      return typeof scenario === 'string' && scenario !== ''
        ? { expr: meta.expr, format: meta.format, scenario }
        : { expr: meta.expr, format: meta.format };
    }
  }
  throw new Error('Markdown import: a figure token lost its expression.');
}

export function footnoteId(token: Token): number {
  const meta: unknown = token.meta;
  if (typeof meta === 'object' && meta !== null && 'id' in meta && typeof meta.id === 'number') {
    return meta.id;
  }
  throw new Error('Markdown import: a footnote token lost its id.');
}

/** `![alt](src "title")`, as written: images are not part of a memo, their text is kept. */
export function imageSource(token: Token): string {
  const alt = (token.children ?? []).map((child) => child.content).join('');
  const title = token.attrGet('title');
  return `![${alt}](${token.attrGet('src') ?? ''}${title ? ` "${title}"` : ''})`;
}

/** The literal text of a figure inside plain text (a footnote). */
export function figureText(token: Token): string {
  const { expr, format, scenario } = figureMeta(token);
  return figureSource(expr, format, scenario);
}
