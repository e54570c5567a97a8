import { encodeEdgeWhitespace, escapeMarkdownText } from './escapeMarkdownText';
import { figureSource } from './figureSource';
import { parseBody } from './markdownToMemo';
import type { BlockNode, InlineNode, Mark } from './memoTypes';
import { MARK_ORDER, normalizeInline, sameMark } from './normalizeInline';
import { sameJson } from './sameJson';

/** Where inline content is written: each context trims and escapes a little differently. */
export type InlineContext = 'paragraph' | 'heading' | 'cell';

/** Numbers footnotes in document order and keeps their text for the definitions at the end. */
export interface FootnoteRegistry {
  texts: string[];
}

type MarkStyle = 'delimiters' | 'tags';

/**
 * Inline nodes as one line of memo Markdown. Bold and italic are written `**…**` and `*…*`
 * when that reads back exactly (checked by parsing it again); when Markdown's emphasis rules
 * would read it differently (spaces inside the markers, overlapping marks) they are written
 * `<b>…</b>` and `<i>…</i>` instead. Underline is always `<u>…</u>`; a hard break `<br>`.
 */
export function serializeInline(
  nodes: readonly InlineNode[],
  context: InlineContext,
  footnotes: FootnoteRegistry,
): string {
  const first = footnotes.texts.length + 1;
  for (const node of nodes) {
    if (node.type === 'footnote' && !insideLink(node)) footnotes.texts.push(node.attrs.text);
  }
  const numbers = footnotes.texts.slice(first - 1);
  const pretty = render(nodes, context, first, 'delimiters');
  if (!nodes.some(usesEmphasis)) return pretty;
  return readsBack(pretty, nodes, context, first, numbers)
    ? pretty
    : render(nodes, context, first, 'tags');
}

/** A footnote's text as the line after `[^n]: `. */
export function serializeFootnoteText(text: string): string {
  const nodes: InlineNode[] = [];
  text.split('\n').forEach((line, index) => {
    if (index > 0) nodes.push({ type: 'hardBreak' });
    if (line !== '') nodes.push({ type: 'text', text: line });
  });
  return render(nodes, 'paragraph', 1, 'delimiters');
}

/** A link's text cannot hold `[^n]` (markdown-it reads no `[` token inside a link): such a
 * footnote is written inline, `^[text]`. */
function insideLink(node: InlineNode): boolean {
  return (node.marks ?? []).some((mark) => mark.type === 'link');
}

function usesEmphasis(node: InlineNode): boolean {
  return (node.marks ?? []).some((mark) => mark.type === 'bold' || mark.type === 'italic');
}

function render(
  nodes: readonly InlineNode[],
  context: InlineContext,
  firstFootnote: number,
  style: MarkStyle,
): string {
  let out = '';
  let footnote = firstFootnote;
  const stack: Mark[] = [];
  nodes.forEach((node, index) => {
    const target = node.marks ?? [];
    let keep = 0;
    while (keep < stack.length && target.some((mark) => sameMark(mark, stack[keep]!))) keep++;
    while (stack.length > keep) out += closeMark(stack.pop()!, style);
    const opening = target
      .filter((mark) => !stack.some((open) => sameMark(open, mark)))
      .sort(
        (a, b) => runLength(nodes, index, b) - runLength(nodes, index, a) || order(a) - order(b),
      );
    for (const mark of opening) {
      out += openMark(mark, style);
      stack.push(mark);
    }
    switch (node.type) {
      case 'text':
        out += escapeMarkdownText(node.text, {
          lineStart: out === '',
          heading: context === 'heading',
          afterBracket: out.endsWith(']'),
        });
        break;
      case 'figure':
        out += figureSource(node.attrs.expr, node.attrs.format, node.attrs.scenario);
        break;
      case 'footnote':
        if (insideLink(node)) {
          out += `^[${serializeFootnoteText(node.attrs.text)}]`;
        } else {
          out += `[^${footnote}]`;
          footnote++;
        }
        break;
      case 'hardBreak':
        out += '<br>';
        break;
    }
  });
  while (stack.length > 0) out += closeMark(stack.pop()!, style);
  return encodeEdgeWhitespace(out);
}

/** How many nodes from `index` on carry `mark`: the longest-running mark opens outermost. */
function runLength(nodes: readonly InlineNode[], index: number, mark: Mark): number {
  let end = index;
  while (end < nodes.length && (nodes[end]!.marks ?? []).some((m) => sameMark(m, mark))) end++;
  return end - index;
}

function order(mark: Mark): number {
  return MARK_ORDER.indexOf(mark.type);
}

function openMark(mark: Mark, style: MarkStyle): string {
  switch (mark.type) {
    case 'bold':
      return style === 'tags' ? '<b>' : '**';
    case 'italic':
      return style === 'tags' ? '<i>' : '*';
    case 'underline':
      return '<u>';
    case 'link':
      return '[';
  }
}

function closeMark(mark: Mark, style: MarkStyle): string {
  switch (mark.type) {
    case 'bold':
      return style === 'tags' ? '</b>' : '**';
    case 'italic':
      return style === 'tags' ? '</i>' : '*';
    case 'underline':
      return '</u>';
    case 'link':
      return `](${escapeHref(mark.attrs?.href ?? '')})`;
  }
}

/** A link target inside `( )`: backslash, parentheses and entity-like `&` escaped. */
export function escapeHref(href: string): string {
  return href.replace(/[\\()]/g, '\\$&').replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
}

/** True when `line` parses back, in its context, into exactly `nodes`. */
function readsBack(
  line: string,
  nodes: readonly InlineNode[],
  context: InlineContext,
  firstFootnote: number,
  footnoteTexts: string[],
): boolean {
  const definitions = footnoteTexts
    .map((text, i) => `[^${firstFootnote + i}]: ${serializeFootnoteText(text)}`)
    .join('\n');
  const block =
    context === 'heading' ? `# ${line}` : context === 'cell' ? `| ${line} |\n| --- |` : line;
  const { blocks } = parseBody(`${block}\n\n${definitions}\n`);
  return sameJson(inlineOf(blocks[0]), normalizeInline(nodes));
}

function inlineOf(block: BlockNode | undefined): InlineNode[] | undefined {
  if (block?.type === 'paragraph' || block?.type === 'heading') return block.content ?? [];
  if (block?.type === 'table') return block.content[0]?.content[0]?.content[0]?.content ?? [];
  return undefined;
}
