import type { FlowItem } from './flowTypes';
import { drawLogo, logoSize } from './drawLogo';
import { headingBoxes } from './headingBoxes';
import type { LayoutState } from './layoutState';
import type { PdfHouseStyle } from './pdfHouseStyle';
import { colors, spacing, type TextStyleSpec } from './pdfTheme';
import { tagStep } from './tagStep';
import { drawingBox, textBoxes } from './textBoxes';

const LOGO_MAX_HEIGHT = 30;
const LOGO_MAX_WIDTH = 170;

/** The house style's type: the firm's name in the masthead; the certification and disclosures text. */
const houseType = {
  masthead: { font: 'sans-bold', size: 9.5, leading: 12, color: colors.ink, tracking: 0.5 },
  certification: { font: 'serif-italic', size: 9.5, leading: 13.5, color: colors.body },
  disclosures: { font: 'sans', size: 8, leading: 11.5, color: colors.body },
} as const satisfies Record<string, TextStyleSpec>;

/**
 * The masthead above the title: the firm's logo (a Figure, alt text "<firm> logo") and its
 * name beside it, over a hairline. Nothing when the export prints neither.
 */
export function mastheadBoxes(house: PdfHouseStyle, state: LayoutState): FlowItem[] {
  if (house.firm === '' && !house.logo) return [];
  const { left, right } = state.page;
  const logo = house.logo;
  const size = logo ? logoSize(logo, LOGO_MAX_WIDTH, LOGO_MAX_HEIGHT) : { width: 0, height: 0 };
  const spec = houseType.masthead;
  const height = Math.max(size.height, spec.leading);
  const figure = logo ? tagStep(state, 'Figure', { alt: logo.alt }) : null;
  const name = house.firm !== '' ? [tagStep(state, 'P')] : null;
  const nameX = logo ? left + size.width + 12 : left;
  return [
    drawingBox(
      height + 9,
      (ctx, top) => {
        const { doc } = ctx;
        if (logo && figure) {
          const y = top + (height - size.height) / 2;
          const bbox: [number, number, number, number] = [
            left,
            y,
            left + size.width,
            y + size.height,
          ];
          ctx.tags.content([{ ...figure, bbox }], () =>
            drawLogo(doc, logo, left, y, size.width, size.height),
          );
        }
        if (name) {
          ctx.tags.content(name, () => {
            doc.font(spec.font).fontSize(spec.size).fillColor(spec.color);
            doc.text(house.firm.toUpperCase(), nameX, top + height / 2 + spec.size * 0.34, {
              lineBreak: false,
              baseline: 'alphabetic',
              characterSpacing: spec.tracking ?? 0,
              width: right - nameX,
              ellipsis: true,
            });
          });
        }
        ctx.tags.background(() => {
          doc
            .save()
            .moveTo(left, top + height + 8)
            .lineTo(right, top + height + 8)
            .lineWidth(0.5)
            .strokeColor(colors.rule)
            .stroke()
            .restore();
        });
      },
      true,
    ),
    { kind: 'space', height: 18 },
  ];
}

/** The analyst certification after the memo's text: a heading, then its paragraphs. */
export function certificationBoxes(house: PdfHouseStyle, state: LayoutState): FlowItem[] {
  if (house.certification === '') return [];
  const { left, right } = state.page;
  const width = right - left;
  return [
    { kind: 'space', height: 24 },
    ...headingBoxes(
      {
        type: 'heading',
        attrs: { level: 2 },
        content: [{ type: 'text', text: 'Analyst certification' }],
      },
      { x: left, width, quoted: false, listDepth: 0 },
      state,
    ),
    { kind: 'space', height: spacing.headingAfter[2] },
    ...paragraphBoxes(house.certification, state, houseType.certification),
  ];
}

/** The Disclosures page (before the ledger): a new page, the heading, the text's paragraphs. */
export function disclosuresPageBoxes(house: PdfHouseStyle, state: LayoutState): FlowItem[] {
  if (house.disclosures === '') return [];
  const { left, right } = state.page;
  return [
    { kind: 'pageBreak' },
    ...headingBoxes(
      { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Disclosures' }] },
      { x: left, width: right - left, quoted: false, listDepth: 0 },
      state,
    ),
    { kind: 'space', height: spacing.headingAfter[1] + 4 },
    ...paragraphBoxes(house.disclosures, state, houseType.disclosures),
  ];
}

/** Text split into paragraphs at blank lines, each a P. */
function paragraphBoxes(text: string, state: LayoutState, spec: TextStyleSpec): FlowItem[] {
  const { left, right } = state.page;
  const items: FlowItem[] = [];
  text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')
    .forEach((paragraph, i) => {
      if (i > 0) items.push({ kind: 'space', height: spacing.paragraph });
      items.push(...textBoxes(paragraph, spec, left, right - left, state));
    });
  return items;
}
