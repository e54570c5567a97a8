import type { DrawContext } from './flowTypes';
import type { PagePlan } from './paginate';
import { notesHeight } from './paginate';
import { colors, spacing, type PageGeometry } from './pdfTheme';

/**
 * Draws the planned pages: each placed box, then the page's footnotes at its foot under a
 * short rule.
 */
export function drawPages(
  ctx: DrawContext,
  plans: PagePlan[],
  page: PageGeometry,
  size: [number, number],
): void {
  plans.forEach((plan) => {
    ctx.doc.addPage({ size, margin: 0 });
    for (const { box, top } of plan.placements) box.draw(ctx, top);
    if (plan.footnotes.length > 0) {
      let y = page.bottom - notesHeight(plan.footnotes, { footnoteGap: spacing.footnoteGap });
      ctx.doc
        .save()
        .moveTo(page.left, y + spacing.footnoteGap / 2)
        .lineTo(page.left + 72, y + spacing.footnoteGap / 2)
        .lineWidth(0.5)
        .strokeColor(colors.rule)
        .stroke()
        .restore();
      y += spacing.footnoteGap;
      for (const note of plan.footnotes) {
        note.draw(ctx, y);
        y += note.height;
      }
    }
  });
}
