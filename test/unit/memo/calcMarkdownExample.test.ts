import { describe, expect, it } from 'vitest';
import { markdownToMemo } from '../../../shared/memo/markdownToMemo';
import { memoToMarkdown } from '../../../shared/memo/memoToMarkdown';

/** CALC.md §4, exactly as written there. */
const EXAMPLE = `---
title: Amazon's $50B bet on OpenAI
author: Research
date: 2026-01-30
---

# Capital at unprecedented scale

\`\`\`calc
capex_share = OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025
\`\`\`

The deal alone would be {{ capex_share | 0% }} of Amazon's
{{ AMZN.capex.FY2025 | usd_billion }} capex.

| Multiple | Value |
| --- | --- |
| EV/EBITDA (LTM) | {{ AMZN.ev_ebitda | x1 }} |
`;

describe('the CALC.md §4 example', () => {
  it('reads into the title block, a heading, a calc block, a paragraph with two figures and a table with a figure', () => {
    const result = markdownToMemo(EXAMPLE);
    expect(result).toEqual({
      ok: true,
      warnings: [],
      memo: {
        meta: {
          title: "Amazon's $50B bet on OpenAI",
          author: 'Research',
          date: '2026-01-30',
          subtitle: '',
        },
        doc: {
          type: 'doc',
          content: [
            {
              type: 'heading',
              attrs: { level: 1 },
              content: [{ type: 'text', text: 'Capital at unprecedented scale' }],
            },
            {
              type: 'calcBlock',
              content: [
                {
                  type: 'text',
                  text: 'capex_share = OPENAI_ROUND.amazon_commitment / AMZN.capex.FY2025',
                },
              ],
            },
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'The deal alone would be ' },
                { type: 'figure', attrs: { expr: 'capex_share', format: '0%' } },
                { type: 'text', text: " of Amazon's " },
                { type: 'figure', attrs: { expr: 'AMZN.capex.FY2025', format: 'usd_billion' } },
                { type: 'text', text: ' capex.' },
              ],
            },
            {
              type: 'table',
              content: [
                {
                  type: 'tableRow',
                  content: [
                    {
                      type: 'tableHeader',
                      content: [
                        { type: 'paragraph', content: [{ type: 'text', text: 'Multiple' }] },
                      ],
                    },
                    {
                      type: 'tableHeader',
                      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Value' }] }],
                    },
                  ],
                },
                {
                  type: 'tableRow',
                  content: [
                    {
                      type: 'tableCell',
                      content: [
                        { type: 'paragraph', content: [{ type: 'text', text: 'EV/EBITDA (LTM)' }] },
                      ],
                    },
                    {
                      type: 'tableCell',
                      content: [
                        {
                          type: 'paragraph',
                          content: [
                            { type: 'figure', attrs: { expr: 'AMZN.ev_ebitda', format: 'x1' } },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      },
    });
  });

  it('round-trips: Markdown -> memo -> Markdown -> memo gives the same memo, and the Markdown is the same but for the joined line', () => {
    const first = markdownToMemo(EXAMPLE);
    if (!first.ok) throw new Error('the example does not read');
    const exported = memoToMarkdown(first.memo);
    expect(markdownToMemo(exported)).toEqual(first);
    expect(exported).toBe(EXAMPLE.replace("Amazon's\n{{", "Amazon's {{"));
  });
});
