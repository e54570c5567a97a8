/** What a new chart starts as: a bar chart to fill in (CALC.md §8). */
export const NEW_CHART_YAML = `type: bar
title: New chart
format: usd_bn
categories: [FY2024, FY2025]
series:
  - name: Revenue
    values: [0, 0]`;
