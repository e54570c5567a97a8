import type Database from 'better-sqlite3';
import { markdownToMemo } from '../../../shared/memo/markdownToMemo';
import { commitImportSync } from '../import/commitImport';
import { parseFactsCsv } from '../import/parseFactsCsv';
import { userChangeContext } from '../facts/changeContext';
import { createMemo } from '../memos/memoWrites';
import { readSampleFile, sampleFilePath } from './sampleFile';

export const SAMPLE_FACTS_FILE = 'facts.csv';
export const SAMPLE_MEMO_FILE = 'amazon-openai.md';
/** The sample's bull and bear cases: overrides of the base facts (CALC.md section 6). */
export const SAMPLE_SCENARIOS_FILE = 'scenarios.csv';
const SAMPLE_SCENARIO_DESCRIPTIONS: Record<string, string> = {
  bull: 'The round is upsized, Amazon takes $60 billion and the IPO prices at $1 trillion',
  bear: 'Amazon scales back to $30 billion and the IPO prices at $500 billion',
};

/** Fills a new workspace with the Amazon/OpenAI sample: its facts, its bull and bear cases, and its memo. */
export function fillSampleWorkspace(db: Database.Database): void {
  const parsed = parseFactsCsv(readSampleFile(SAMPLE_FACTS_FILE), `sample ${SAMPLE_FACTS_FILE}`);
  commitImportSync(db, parsed, userChangeContext('import'));
  if (sampleFilePath(SAMPLE_SCENARIOS_FILE)) {
    const cases = parseFactsCsv(
      readSampleFile(SAMPLE_SCENARIOS_FILE),
      `sample ${SAMPLE_SCENARIOS_FILE}`,
    );
    commitImportSync(db, cases, userChangeContext('import'));
    const describe = db.prepare('UPDATE scenarios SET description = ? WHERE name = ?');
    for (const [name, description] of Object.entries(SAMPLE_SCENARIO_DESCRIPTIONS))
      describe.run(description, name);
  }
  // The sample memo is written by the memo issue; until its file is there, the sample has facts only.
  if (!sampleFilePath(SAMPLE_MEMO_FILE)) return;
  const read = markdownToMemo(readSampleFile(SAMPLE_MEMO_FILE));
  if (!read.ok) {
    const problem = read.problems[0];
    throw new Error(
      `The sample memo ${SAMPLE_MEMO_FILE} does not read: ${problem?.where}: ${problem?.what}.`,
    );
  }
  createMemo(db, { title: read.memo.meta.title || 'Sample memo', memo: read.memo });
}
