import { isAllowedHref } from '../../../shared/memo/isAllowedHref';

// Control characters and whitespace a browser strips from a URL before reading its scheme.
const IGNORED_CHARS = /[\p{Cc}\p{Cf}\p{Z}]/gu;

/**
 * The href as the memo stores it, or null when it is not a link a memo may hold (the rule of
 * shared/memo's isAllowedHref: http, https or mailto only). A bare address (`example.com/x`)
 * becomes https and an e-mail address becomes mailto; anything else (javascript:, data:,
 * relative paths, hidden characters) is refused.
 */
export function safeHref(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === '' || trimmed.replace(IGNORED_CHARS, '') !== trimmed.replace(/\s/g, ''))
    return null;
  if (isAllowedHref(trimmed)) return validUrl(trimmed);
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed.replace(IGNORED_CHARS, ''))) return null;
  if (/^[^\s@/:]+@[^\s@/:]+\.[a-z]{2,}$/i.test(trimmed)) return validUrl(`mailto:${trimmed}`);
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}([/?#:][^\s]*)?$/i.test(trimmed))
    return validUrl(`https://${trimmed}`);
  return null;
}

/** True when `href` is stored as it is: already an allowed http, https or mailto URL. */
export function isSafeHref(href: string): boolean {
  return safeHref(href) === href;
}

function validUrl(text: string): string | null {
  if (!isAllowedHref(text)) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:'
      ? text
      : null;
  } catch {
    return null;
  }
}
