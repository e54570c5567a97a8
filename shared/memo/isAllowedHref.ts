import { findForbiddenCharacter } from './forbiddenCharacter';

const ALLOWED_SCHEME = /^(?:https?:\/\/|mailto:)/i;
const UNSAFE_CHARACTER = /[\s<>]/;

/**
 * True when `href` may be a memo link: http, https or mailto, with something after the
 * scheme, and no spaces, angle brackets or control characters. A `javascript:` link is not.
 */
export function isAllowedHref(href: string): boolean {
  const scheme = ALLOWED_SCHEME.exec(href);
  if (!scheme) return false;
  return (
    href.length > scheme[0].length &&
    !UNSAFE_CHARACTER.test(href) &&
    findForbiddenCharacter(href, { lineBreaks: false }) === null
  );
}
