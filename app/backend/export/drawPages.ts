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
    for (const { box, top } of plan.placements) ctx.tags.background(() => box.draw(ctx, top));
    if (plan.footnotes.length > 0) {
      let y = page.bottom - notesHeight(plan.footnotes, { footnoteGap: spacing.footnoteGap });
      const ruleY = y + spacing.footnoteGap / 2;
      ctx.tags.artifact(() => {
        ctx.doc
          .save()
          .moveTo(page.left, ruleY)
          .lineTo(page.left + 72, ruleY)
          .lineWidth(0.5)
          .strokeColor(colors.rule)
          .stroke()
          .restore();
      });
      y += spacing.footnoteGap;
      for (const note of plan.footnotes) {
        const top = y;
        ctx.tags.background(() => note.draw(ctx, top));
        y += note.height;
      }
    }
  });
}
