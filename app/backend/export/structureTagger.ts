import type { StructRole, TagPath, TagStep, Tagger } from './flowTypes';

type Element = PDFKit.PDFStructureElement;

type Marking =
  | { kind: 'artifact'; type: 'Pagination' | 'Layout' | 'Page' }
  | { kind: 'background' }
  | { kind: 'content'; element: Element; role: StructRole | 'Link' };

/**
 * The tagger over pdfkit's structure API. pdfkit allows no nested marked content, so the
 * tagger keeps a stack: opening a marking closes the one below it, and closing it reopens the
 * one below (with a new marked-content id, added to the same element). Elements are created
 * on first use under one `Document` element, so the tree's order is the drawing order, which
 * is the memo's order (footnotes join the paragraph that calls them). Untagged: draws only.
 */
export function createStructureTagger(doc: PDFKit.PDFDocument, enabled: boolean): Tagger {
  if (!enabled) {
    return {
      content: (_path, draw) => draw(),
      link: (draw) => draw(undefined),
      artifact: (draw) => draw(),
      background: (draw) => draw(),
    };
  }
  const root = doc.struct('Document');
  doc.addStructure(root);
  const elements = new Map<string, Element>();
  const stack: Marking[] = [];

  // A box draws many times with the same path object (each line of a paragraph): look it up once.
  const byPath = new WeakMap<TagPath, Element>();
  const elementAt = (path: TagPath): Element => {
    const known = byPath.get(path);
    if (known) return known;
    const element = elementAtKey(path);
    byPath.set(path, element);
    return element;
  };
  const elementAtKey = (path: TagPath): Element => {
    let parent = root;
    let key = '';
    for (const step of path) {
      key += `/${step.key}`;
      let element = elements.get(key);
      if (!element) {
        element = doc.struct(step.role, structOptions(step));
        parent.add(element);
        elements.set(key, element);
      }
      parent = element;
    }
    return parent;
  };
  const open = (marking: Marking): void => {
    if (marking.kind === 'content') {
      marking.element.add(doc.markStructureContent(marking.role));
    } else if (marking.kind === 'artifact') {
      doc.markContent('Artifact', { type: marking.type });
    } else {
      doc.markContent('Artifact', { type: 'Layout' });
    }
  };
  const run = (marking: Marking, draw: () => void): void => {
    const outer = stack[stack.length - 1];
    if (outer) doc.endMarkedContent();
    stack.push(marking);
    open(marking);
    try {
      draw();
    } finally {
      doc.endMarkedContent();
      stack.pop();
      if (outer) open(outer);
    }
  };
  const inArtifact = (): boolean => stack.some((m) => m.kind === 'artifact');

  return {
    content(path, draw) {
      if (inArtifact() || path.length === 0) return draw();
      const role = path[path.length - 1]!.role;
      run({ kind: 'content', element: elementAt(path), role }, draw);
    },
    link(draw) {
      const current = stack[stack.length - 1];
      if (!current || current.kind !== 'content') return draw(undefined);
      const link = doc.struct('Link');
      current.element.add(link);
      run({ kind: 'content', element: link, role: 'Link' }, () => draw(link));
      // Ended now, so its annotation reference names this page (pdfkit reads the page on flush).
      link.end();
    },
    artifact(draw, type = 'Layout') {
      run({ kind: 'artifact', type }, draw);
    },
    background(draw) {
      if (inArtifact()) return draw();
      run({ kind: 'background' }, draw);
    },
  };
}

function structOptions(step: TagStep): Record<string, unknown> {
  return {
    ...(step.alt ? { alt: step.alt } : {}),
    ...(step.scope ? { scope: step.scope } : {}),
    ...(step.bbox ? { bbox: step.bbox, placement: 'Block' } : {}),
  };
}
