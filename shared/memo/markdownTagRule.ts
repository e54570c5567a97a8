import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import type Token from 'markdown-it/lib/token.mjs';

/** The markdown-it token type of a mark tag; `meta` is `{ mark, open, source }`. */
export const MARK_TAG_TOKEN = 'memo_mark_tag';

export type TagMark = 'bold' | 'italic' | 'underline';

export interface MarkTagMeta {
  mark: TagMark;
  open: boolean;
  source: string;
}

const TAG = /^<(\/?)(b|strong|i|em|u)>|^<br\s*\/?>/;
const MARK_OF: Record<string, TagMark> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  u: 'underline',
};

/**
 * Inline rule for the few tags memo Markdown reads although raw HTML is off: `<u>…</u>`
 * (underline: Markdown has no syntax of its own for it), `<b>`/`<strong>`, `<i>`/`<em>`, and
 * `<br>` (a hard break that also works inside a table cell). Any other tag stays literal text.
 */
export function markTagRule(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x3c) return false;
  const match = TAG.exec(state.src.slice(state.pos, Math.min(state.posMax, state.pos + 12)));
  if (!match) return false;
  if (!silent) {
    const name = match[2];
    if (name === undefined) {
      state.push('hardbreak', 'br', 0);
    } else {
      const token = state.push(MARK_TAG_TOKEN, '', 0);
      token.meta = {
        mark: MARK_OF[name] ?? 'bold',
        open: match[1] === '',
        source: match[0],
      } satisfies MarkTagMeta;
    }
  }
  state.pos += match[0].length;
  return true;
}

/**
 * Core rule: a mark tag without its partner (`<u>` never closed, `</b>` never opened) is
 * turned back into its literal text, so nothing is underlined by accident and nothing lost.
 */
export function balanceMarkTags(state: StateCore): void {
  for (const token of state.tokens) {
    if (token.type === 'inline' && token.children) balanceChildren(token.children);
  }
}

function balanceChildren(children: Token[]): void {
  const open = new Map<TagMark, number[]>();
  const unmatched: number[] = [];
  children.forEach((token, index) => {
    if (token.type !== MARK_TAG_TOKEN) return;
    const meta = markTagMeta(token);
    const stack = open.get(meta.mark) ?? [];
    open.set(meta.mark, stack);
    if (meta.open) stack.push(index);
    else if (stack.length > 0) stack.pop();
    else unmatched.push(index);
  });
  for (const stack of open.values()) unmatched.push(...stack);
  for (const index of unmatched) {
    const token = children[index];
    if (!token) continue;
    const source = markTagMeta(token).source;
    token.type = 'text';
    token.content = source;
    token.meta = null;
  }
}

export function markTagMeta(token: Token): MarkTagMeta {
  const meta: unknown = token.meta;
  if (
    typeof meta === 'object' &&
    meta !== null &&
    'mark' in meta &&
    'open' in meta &&
    'source' in meta
  ) {
    const { mark, open, source } = meta;
    if (
      (mark === 'bold' || mark === 'italic' || mark === 'underline') &&
      typeof open === 'boolean' &&
      typeof source === 'string'
    ) {
      return { mark, open, source };
    }
  }
  throw new Error(`Markdown import: a ${MARK_TAG_TOKEN} token lost its meta.`);
}
