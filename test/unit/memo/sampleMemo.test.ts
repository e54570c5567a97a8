import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../shared/calc/calcTypes';
import type { ScenarioInput } from '../../../shared/calc/createScenarioEngine';
import { collectFigures } from '../../../shared/memo/collectFigures';
import { collectVariables } from '../../../shared/memo/collectVariables';
import { evaluateMemo } from '../../../shared/memo/evaluateMemo';
import { markdownToMemo } from '../../../shared/memo/markdownToMemo';
import { memoToMarkdown } from '../../../shared/memo/memoToMarkdown';
import type { BlockNode, Memo } from '../../../shared/memo/memoTypes';

const sampleFolder = join(import.meta.dirname, '../../../app/backend/sample');

function sampleMemo(): Memo {
  const read = markdownToMemo(readFileSync(join(sampleFolder, 'amazon-openai.md'), 'utf8'));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  expect(read.warnings).toEqual([]);
  return read.memo;
}

function sampleFacts(): Fact[] {
  const csv = readFileSync(join(sampleFolder, 'facts.csv'), 'utf8');
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  return rows.map((row) => ({
    entity: row.entity ?? '',
    metric: row.metric ?? '',
    period: row.period ?? '',
    value: Number(row.value),
    unit: row.unit ?? '',
    source: row.source ?? '',
    asOf: row.as_of || null,
  }));
}

/** The sample's bull and bear cases (scenarios.csv): the same columns plus `scenario`. */
function sampleScenarios(): ScenarioInput[] {
  const csv = readFileSync(join(sampleFolder, 'scenarios.csv'), 'utf8');
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  const byName = new Map<string, Fact[]>();
  for (const row of rows) {
    const list = byName.get(row.scenario ?? '') ?? [];
    list.push({
      entity: row.entity ?? '',
      metric: row.metric ?? '',
      period: row.period ?? '',
      value: Number(row.value),
      unit: row.unit ?? '',
      source: row.source ?? '',
      asOf: row.as_of || null,
    });
    byName.set(row.scenario ?? '', list);
  }
  return [...byName].map(([name, overrides]) => ({ name, overrides }));
}

describe('the sample memo (app/backend/sample/amazon-openai.md)', () => {
  it('reads with its title block and names the derived figures in a calc block near the top', () => {
    const memo = sampleMemo();
    expect(memo.meta).toEqual({
      title: "Amazon's $50B bet on OpenAI",
      author: 'Research',
      date: '2026-01-30',
      subtitle: '',
    });
    expect(memo.doc.content[0]?.type).toBe('calcBlock');
    expect(collectVariables(memo.doc).variables.map((v) => v.name)).toEqual([
      'amazon_commitment',
      'round_size',
      'amazon_share_of_round',
      'capex_share',
    ]);
  });

  it('evaluates every figure without error over the sample facts, showing the article’s figures', () => {
    const evaluation = evaluateMemo(sampleMemo(), sampleFacts(), { scenarios: sampleScenarios() });
    expect(evaluation.problems).toEqual([]);
    expect(evaluation.figures.every((figure) => figure.value.ok)).toBe(true);
    const display = (expr: string, scenario?: string): string[] => [
      ...new Set(
        evaluation.figures
          .filter((f) => f.expr === expr && f.scenario === scenario)
          .map((f) => f.display),
      ),
    ];
    expect(display('OPENAI_ROUND.amazon_commitment')).toEqual(['$50 billion']);
    expect(display('OPENAI_ROUND.round_size')).toEqual(['$100 billion']);
    expect(display('capex_share')).toEqual(['40%']);
    expect(display('AMZN.capex.FY2025')).toEqual(['$125 billion']);
    expect(display('AMZN.aws_revenue_growth_yoy.Q3_2025')).toEqual(['20.2%']);
    expect(display('OPENAI.ipo_valuation_floated')).toEqual(['$830 billion']);
    expect(display('AMZN.ev_revenue')).toEqual(['3.83x']);
    expect(display('AMZN.ev_ebitda')).toEqual(['19.3x']);
    expect(display('AMZN.p_fcf')).toEqual(['87.9x']);
    expect(display('amazon_share_of_round')).toEqual(['50%']);
    // The case table: bull and bear side by side with the case shown.
    expect(display('capex_share', 'bull')).toEqual(['48%']);
    expect(display('capex_share', 'bear')).toEqual(['24%']);
    expect(display('OPENAI.ipo_valuation_floated', 'bull')).toEqual(['$1,000 billion']);
    expect(display('OPENAI_ROUND.amazon_commitment', 'bear')).toEqual(['$30 billion']);
  });

  it('binds every place the article states a figure of the sample table', () => {
    const counts = new Map<string, number>();
    for (const figure of collectFigures(sampleMemo().doc))
      counts.set(figure.expr, (counts.get(figure.expr) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({
      // The article's figures, and three of each in the case table (shown, bull, bear).
      'OPENAI_ROUND.amazon_commitment': 4 + 3,
      'OPENAI_ROUND.round_size': 3,
      'OPENAI.ipo_valuation_floated': 2 + 3,
      'AMZN.capex.FY2025': 1,
      capex_share: 1 + 3,
      'AMZN.aws_revenue_growth_yoy.Q3_2025': 1,
      amazon_share_of_round: 1,
      'AMZN.ev_ebitda': 3,
      'AMZN.p_fcf': 2,
      'AMZN.ev_revenue': 2,
    });
  });

  it('keeps the article’s prose word for word, but for words made true to the numbers and the dropped disclaimer', () => {
    const article = readFileSync(join(import.meta.dirname, 'amazon-openai-article.txt'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('Disclaimer:'))
      .map((line) =>
        line
          .replace('would represent nearly 40% of that', 'would represent 40% of that')
          .replace('with Amazon anchoring half', 'with Amazon anchoring 50%'),
      );
    const evaluation = evaluateMemo(sampleMemo(), sampleFacts(), { scenarios: sampleScenarios() });
    const shown = new Map(
      evaluation.figures
        .filter((f) => !f.scenario)
        .map((f) => [`${f.expr}|${f.format}`, f.display]),
    );
    const prose = sampleMemo()
      .doc.content.filter(
        (block): block is Extract<BlockNode, { type: 'paragraph' | 'heading' }> =>
          block.type === 'paragraph' || block.type === 'heading',
      )
      .map((block) =>
        (block.content ?? [])
          .map((node) =>
            node.type === 'text'
              ? node.text
              : node.type === 'figure'
                ? shown.get(`${node.attrs.expr}|${node.attrs.format}`)
                : '',
          )
          .join(''),
      );
    expect(prose).toEqual(article);
  });

  it('round-trips through Markdown unchanged', () => {
    const memo = sampleMemo();
    const again = markdownToMemo(memoToMarkdown(memo));
    expect(again.ok && again.memo).toEqual(memo);
  });
});
