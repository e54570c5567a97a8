import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFactsCsv } from '../../../app/backend/import/parseFactsCsv';
import type { Fact } from '../../../shared/calc/calcTypes';
import { markdownToMemo } from '../../../shared/memo/markdownToMemo';
import type { Memo } from '../../../shared/memo/memoTypes';

const folder = join(import.meta.dirname, '../../../app/backend/sample');

/** The bundled sample memo (app/backend/sample/amazon-openai.md), read as the app reads it. */
export function sampleMemo(): Memo {
  const read = markdownToMemo(readFileSync(join(folder, 'amazon-openai.md'), 'utf8'));
  if (!read.ok) throw new Error(`sample memo: ${JSON.stringify(read.problems)}`);
  return read.memo;
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
