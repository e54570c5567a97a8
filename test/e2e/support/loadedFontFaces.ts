import type { Page } from '@playwright/test';

/**
 * The font faces the page loaded for a CSS `font` shorthand, as `family weight style status`.
 * `document.fonts.load` resolves to the @font-face rules that match and their load, so a family
 * with no @font-face gives [] (unlike `document.fonts.check`, which is true then).
 */
export function loadedFontFaces(page: Page, font: string): Promise<string[]> {
  return page.evaluate(async (f) => {
    const faces = await document.fonts.load(f);
    return faces.map((face) =>
      [face.family.replace(/^["']|["']$/g, ''), face.weight, face.style, face.status].join(' '),
    );
  }, font);
}
