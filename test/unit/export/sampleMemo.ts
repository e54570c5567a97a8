import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFactsCsv } from '../../../app/backend/import/parseFactsCsv';
import type { Fact } from '../../../shared/calc/calcTypes';
import type { ScenarioInput } from '../../../shared/calc/createScenarioEngine';
import { markdownToMemo } from '../../../shared/memo/markdownToMemo';
import type { Memo } from '../../../shared/memo/memoTypes';

const folder = join(import.meta.dirname, '../../../app/backend/sample');

/** The bundled sample memo (app/backend/sample/amazon-openai.md), read as the app reads it. */
export function sampleMemo(): Memo {
  const read = markdownToMemo(readFileSync(join(folder, 'amazon-openai.md'), 'utf8'));
  if (!read.ok) throw new Error(`sample memo: ${JSON.stringify(read.problems)}`);
  return read.memo;
}

/** The sample's bull and bear cases (app/backend/sample/scenarios.csv), as the engine takes them. */
export function sampleScenarios(): ScenarioInput[] {
  const parsed = parseFactsCsv(
    readFileSync(join(folder, 'scenarios.csv'), 'utf8'),
    'scenarios.csv',
  );
  const byName = new Map<string, Fact[]>();
  for (const row of parsed.rows) {
    const list = byName.get(row.scenario) ?? [];
    list.push({
      entity: row.entity,
      metric: row.metric,
      period: row.period,
      value: row.value,
      unit: row.unit ?? '',
      source: row.source ?? '',
      asOf: row.asOf ?? null,
    });
    byName.set(row.scenario, list);
  }
  return [...byName].map(([name, overrides]) => ({ name, overrides }));
}

/** The sample's facts (app/backend/sample/facts.csv), through the CSV importer's parser. */
export function sampleFacts(): Fact[] {
  const parsed = parseFactsCsv(readFileSync(join(folder, 'facts.csv'), 'utf8'), 'facts.csv');
  return parsed.rows.map((row) => ({
    entity: row.entity,
    metric: row.metric,
    period: row.period,
    value: row.value,
    unit: row.unit ?? '',
    source: row.source ?? '',
    asOf: row.asOf ?? null,
  }));
}
