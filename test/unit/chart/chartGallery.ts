import { BAR_EXAMPLE, fence, RANGE_EXAMPLE } from './chartFacts';

/** Charts that exercise the looks: negatives, long labels, 12 categories, 4 series, errors. */
export const GALLERY_CHARTS = [
  BAR_EXAMPLE,
  RANGE_EXAMPLE,
  `type: line
title: Northwind operating margin, a long title that goes on to show how titles wrap when they are too long for one line
format: 0.0%
categories: [FY2024, FY2025]
series:
  - name: Margin
    values: [NWD.margin.FY2024, NWD.margin.FY2025]`,
  `type: bar
title: Twelve quarters, four series
format: $#,##0.0,,,"bn"
categories: [Q1 2023, Q2 2023, Q3 2023, Q4 2023, Q1 2024, Q2 2024, Q3 2024, Q4 2024, Q1 2025, Q2 2025, Q3 2025, Q4 2025]
series:
${['North America', 'International', 'AWS', 'Advertising services']
  .map(
    (name, s) =>
      `  - name: ${name}\n    values: [${Array.from({ length: 12 }, (_, i) => `${(s + 1) * 1.1 + i * 0.35 - (s === 3 && i < 3 ? 6 : 0)} * 1e9`).join(', ')}]`,
  )
  .join('\n')}`,
  `type: bar
title: Free cash flow by segment, $bn
format: usd_bn
categories: [Retail and subscription services in North America, International retail, Amazon Web Services]
series:
  - name: FY2024
    values: [-4.2e9, -1.1e9, 24.6e9]
  - name: FY2025
    values: [2.8e9, 0.6e9, 31.2e9]`,
  `type: line
title: Four series over twelve months
format: 0%
categories: [Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov, Dec]
series:
${[0, 1, 2, 3]
  .map(
    (s) =>
      `  - name: Fund ${String.fromCharCode(65 + s)}\n    values: [${Array.from({ length: 12 }, (_, i) => ((Math.sin(i / 2 + s) * 0.1 + s * 0.08) * 100).toFixed(0) + '%').join(', ')}]`,
  )
  .join('\n')}`,
  `type: bar
title: A chart with a bad fact
format: usd_bn
categories: [FY2024, FY2025]
series:
  - name: Revenue
    values: [NWD.revenue.FY2024, NWD.revenu.FY2025]`,
];

export const GALLERY_MARKDOWN = `---
title: Chart gallery
author: Tests
date: 2026-01-30
---

# Charts

Revenue grew to {{ NWD.revenue.FY2025 | usd_bn }}.

${GALLERY_CHARTS.map(fence).join('\n\nSome prose between charts, set in the body face.\n\n')}
`;
