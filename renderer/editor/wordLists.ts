/** Word's list paragraph: `style='…mso-list:l0 level2 lfo1'` (list l0, second level). */
const WORD_LIST_STYLE = /mso-list:\s*(l\d+)\s+level(\d+)/i;
/** A numbered marker, `1.`, `a)`, `(iv)`; anything else (·, o, §, •) marks a bullet. */
const NUMBER_MARKER = /^\(?[0-9a-z]{1,5}[.)]$/i;

interface Open {
  list: HTMLElement;
  level: number;
  key: string;
}

/**
 * Word's HTML has no list elements: each item is a `<p class=MsoListParagraph…>` whose style
 * names its list and level (`mso-list:l0 level1 lfo1`), led by a marker in
 * `<span style='mso-list:Ignore'>·…</span>`. Each run of such paragraphs becomes `<ul>`/`<ol>`
 * items (a numbered marker makes an ordered list; deeper levels nest), without the marker.
 */
export function wordListsToLists(doc: Document): void {
  const items = [...doc.body.querySelectorAll<HTMLElement>('p[style]')].filter((p) =>
    WORD_LIST_STYLE.test(p.getAttribute('style') ?? ''),
  );
  const done = new Set<HTMLElement>();
  for (const first of items) {
    if (done.has(first)) continue;
    const run = [first];
    for (let next = nextElement(first); next && items.includes(next); next = nextElement(next))
      run.push(next);
    for (const p of run) done.add(p);
    convertRun(doc, run);
  }
}

function convertRun(doc: Document, run: HTMLElement[]): void {
  const stack: Open[] = [];
  const anchor = run[0]!;
  for (const p of run) {
    const [, id = '', level = '1'] = WORD_LIST_STYLE.exec(p.getAttribute('style') ?? '') ?? [];
    const depth = Number(level);
    const tag = NUMBER_MARKER.test(takeMarker(p)) ? 'ol' : 'ul';
    const key = `${id} ${tag}`;
    while (stack.length > 0 && stack[stack.length - 1]!.level > depth) stack.pop();
    let top = stack[stack.length - 1];
    if (top && top.level === depth && top.key !== key) {
      stack.pop();
      const list = doc.createElement(tag);
      top.list.after(list);
      top = { list, level: depth, key };
      stack.push(top);
    } else if (!top || top.level < depth) {
      const list = doc.createElement(tag);
      const parentItem = top?.list.lastElementChild;
      if (parentItem) parentItem.append(list);
      else anchor.before(list);
      top = { list, level: depth, key };
      stack.push(top);
    }
    const item = doc.createElement('li');
    const para = item.appendChild(doc.createElement('p'));
    para.append(...p.childNodes);
    top.list.append(item);
    p.remove();
  }
}

/** Removes the item's marker (Word's `mso-list:Ignore` span) and returns its text. */
function takeMarker(p: HTMLElement): string {
  const marker = p.querySelector('span[style*="mso-list:ignore" i]');
  if (!marker) return '';
  const text = (marker.firstChild?.textContent ?? marker.textContent ?? '').trim();
  let gone: Element = marker;
  while (
    gone.parentElement &&
    gone.parentElement !== p &&
    gone.parentElement.textContent === gone.textContent
  )
    gone = gone.parentElement;
  gone.remove();
  return text;
}

function nextElement(el: Element): HTMLElement | null {
  let node = el.nextSibling;
  while (node && node.nodeType !== Node.ELEMENT_NODE) {
    if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) return null;
    node = node.nextSibling;
  }
  return node as HTMLElement | null;
}
