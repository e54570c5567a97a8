import type Token from 'markdown-it/lib/token.mjs';
import { FIGURE_TOKEN } from './markdownFigureRule';
import { figureText, footnoteId, imageSource, type FootnoteTexts } from './inlineTokensToNodes';

/**
 * The plain text of every footnote markdown-it-footnote gathered at the end of the token
 * list, by id. A memo footnote is plain text: marks are dropped, a link keeps its address
 * (`report (https://…)`), a line break or a second paragraph becomes a newline.
 */
export function collectFootnoteTexts(tokens: readonly Token[]): FootnoteTexts {
  const texts = new Map<number, string>();
  let current: number | null = null;
  let parts: string[] = [];
  for (const token of tokens) {
    if (token.type === 'footnote_open') {
      current = footnoteId(token);
      parts = [];
    } else if (token.type === 'footnote_close' && current !== null) {
      texts.set(current, parts.join('\n'));
      current = null;
    } else if (current !== null && token.type === 'inline') {
      parts.push(plainText(token.children ?? []));
    } else if (current !== null && (token.type === 'fence' || token.type === 'code_block')) {
      parts.push(token.content.replace(/\n$/, ''));
    }
  }
  return texts;
}

function plainText(children: readonly Token[]): string {
  let out = '';
  const links: { href: string; start: number }[] = [];
  for (const token of children) {
    switch (token.type) {
      case 'text':
        out += token.content;
        break;
      case 'softbreak':
        out += ' ';
        break;
      case 'hardbreak':
        out += '\n';
        break;
      case 'code_inline':
        out += token.markup + token.content + token.markup;
        break;
      case 'image':
        out += imageSource(token);
        break;
      case FIGURE_TOKEN:
        out += figureText(token);
        break;
      case 'footnote_ref':
        out += `[^${footnoteLabel(token)}]`;
        break;
      case 'link_open':
        links.push({ href: token.attrGet('href') ?? '', start: out.length });
        break;
      case 'link_close': {
        const link = links.pop();
        if (link && out.slice(link.start) !== link.href) out += ` (${link.href})`;
        break;
      }
      default:
        break;
    }
  }
  return out;
}

function footnoteLabel(token: Token): string {
  const meta: unknown = token.meta;
  if (
    typeof meta === 'object' &&
    meta !== null &&
    'label' in meta &&
    typeof meta.label === 'string'
  ) {
    return meta.label;
  }
  return String(footnoteId(token) + 1);
}
