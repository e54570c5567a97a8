import { wordListsToLists } from './wordLists';

/** Elements that run, load or embed something: dropped with their content before parsing. */
const DROPPED =
  'script, iframe, frame, frameset, object, embed, applet, img, picture, svg, math, canvas, style, link, meta, base, video, audio, source, track, template, noscript, input, select, textarea, button, isindex';

/** An event-handler attribute inside a tag: ` onerror=...`, `/onload="..."`. */
const HANDLER_ATTRIBUTE = /[\s/]on[a-z0-9_-]*\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*)/gi;

/**
 * Pasted HTML, made inert before ProseMirror reads it. Chromium checks an inline handler
 * against the CSP as soon as any document of the page parses it (even DOMParser's), so
 * handler attributes (and base, meta and link tags) are cut from the text first; then DOMParser (scripting disabled) drops
 * active elements and any handler the text pass missed. ProseMirror keeps only what the memo
 * schema allows, so this is a second wall, not the only one. Word's list paragraphs become
 * lists (`wordListsToLists`).
 */
export function sanitizePastedHtml(html: string): string {
  const text = html
    .replace(/<\/?(?:base|meta|link)\b[^>]*>?/gi, '')
    .replace(/<[^>]*>?/g, (tag) => tag.replace(HANDLER_ATTRIBUTE, ''));
  const doc = new DOMParser().parseFromString(text, 'text/html');
  for (const element of doc.querySelectorAll(DROPPED)) element.remove();
  wordListsToLists(doc);
  for (const element of doc.querySelectorAll('*')) {
    for (const { name } of [...element.attributes]) {
      if (/^on/i.test(name) || name === 'srcdoc' || name === 'formaction')
        element.removeAttribute(name);
    }
  }
  return doc.body.innerHTML;
}
