import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import Papa from 'papaparse';
import type { Fact } from '../../shared/calc/calcTypes';
import { evaluateMemo } from '../../shared/memo/evaluateMemo';
import { markdownToMemo } from '../../shared/memo/markdownToMemo';
import { memoToMarkdown } from '../../shared/memo/memoToMarkdown';
import type { Memo } from '../../shared/memo/memoTypes';
import type { BenchCase } from './benchTypes';
import { measure, median } from './measure';

const SAMPLE = join(import.meta.dirname, '../../app/backend/sample');
const COPIES = 40;

/**
 * Memo Markdown on a long memo: the sample memo's prose 40 times under its one calc block
 * (about 1,300 blocks and 800 figures, a 150-page memo), read, written and evaluated. Reading is compared with a bare
 * markdown-it parse of the same text, which is what it adds validation and conversion to.
 */
export const memoMarkdownBench: BenchCase = {
  name: 'memo markdown',
  async run() {
    const sample = readFileSync(join(SAMPLE, 'amazon-openai.md'), 'utf8');
    const [frontMatter, body] = splitFrontMatter(sample);
    const calcEnd = body.indexOf('```\n', body.indexOf('```calc') + 7) + 4;
    const [calc, prose] = [body.slice(0, calcEnd), body.slice(calcEnd)];
    const markdown = frontMatter + calc + Array.from({ length: COPIES }, () => prose).join('\n\n');
    const read = markdownToMemo(markdown);
    if (!read.ok) throw new Error(`memo markdown bench: ${read.problems[0]?.what}`);
    const memo: Memo = read.memo;
    const facts = sampleFacts();
    const cases = { scenarios: sampleScenarios() };
    const problems = evaluateMemo(memo, facts, cases).problems;
    if (problems.length > 0) throw new Error(`memo markdown bench: ${problems[0]?.message}`);
    const bare = new MarkdownIt();
    const runs = { runs: 10, warmup: 2 };
    const importing = await measure(() => markdownToMemo(markdown), runs);
    const parsing = await measure(() => bare.parse(markdown, {}), runs);
    const exporting = await measure(() => memoToMarkdown(memo), runs);
    const evaluating = await measure(() => evaluateMemo(memo, facts, cases), runs);
    const blocks = memo.doc.content.length;
    return [
      {
        name: `markdownToMemo, ${blocks} blocks`,
        value: median(importing),
        unit: 'ms',
        baseline: { name: 'markdown-it parse alone', value: median(parsing) },
        target: '< 200 ms',
      },
      {
        name: `memoToMarkdown, ${blocks} blocks`,
        value: median(exporting),
        unit: 'ms',
        target: '< 200 ms',
      },
      {
        name: `evaluateMemo, ${blocks} blocks, fresh engine`,
        value: median(evaluating),
        unit: 'ms',
        target: '< 200 ms',
      },
    ];
  },
};

function splitFrontMatter(markdown: string): [string, string] {
  const end = markdown.indexOf('\n---\n', 4) + 5;
  return [markdown.slice(0, end), markdown.slice(end)];
}

/** The sample's bull and bear cases, so the memo's case table computes. */
function sampleScenarios(): { name: string; overrides: Fact[] }[] {
  const rows = sampleFacts('scenarios.csv');
  const names = [...new Set(rows.map((row) => row.scenario))];
  return names.map((name) => ({
    name,
    overrides: rows.filter((row) => row.scenario === name).map(({ scenario: _s, ...fact }) => fact),
  }));
}

function sampleFacts(file = 'facts.csv'): (Fact & { scenario: string })[] {
  const csv = readFileSync(join(SAMPLE, file), 'utf8');
  return Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data.map(
    (row) => ({
      entity: row.entity ?? '',
      metric: row.metric ?? '',
      period: row.period ?? '',
      value: Number(row.value),
      unit: row.unit ?? '',
      source: row.source ?? '',
      asOf: row.as_of || null,
      scenario: row.scenario ?? '',
    }),
  );
}
