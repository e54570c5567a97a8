import { Link } from '@tiptap/extension-link';
import { mergeAttributes } from '@tiptap/core';
import { isSafeHref, safeHref } from './safeHref';

/**
 * Links as the memo model holds them: one attribute, `href`, http, https or mailto only.
 * A pasted or typed link with any other scheme loses its link and keeps its text.
 */
export const MemoLink = Link.extend({
  // Text typed right after a link (a period) is not part of it: the mark does not extend at its end.
  inclusive: false,
  addAttributes() {
    return {
      href: {
        default: null,
        parseHTML: (element: HTMLElement) => safeHref(element.getAttribute('href') ?? ''),
      },
    };
  },
  renderHTML({ HTMLAttributes }) {
    const href =
      typeof HTMLAttributes.href === 'string' && isSafeHref(HTMLAttributes.href)
        ? HTMLAttributes.href
        : null;
    return [
      'a',
      mergeAttributes({ rel: 'noopener noreferrer nofollow', target: '_blank' }, { href }),
      0,
    ];
  },
}).configure({
  openOnClick: false,
  autolink: true,
  linkOnPaste: true,
  protocols: [],
  defaultProtocol: 'https',
  isAllowedUri: (url) => safeHref(url) !== null,
  shouldAutoLink: (url) => safeHref(url) !== null,
});
