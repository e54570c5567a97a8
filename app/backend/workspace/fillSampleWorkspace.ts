import type Database from 'better-sqlite3';
import { markdownToMemo } from '../../../shared/memo/markdownToMemo';
import { commitImportSync } from '../import/commitImport';
import { parseFactsCsv } from '../import/parseFactsCsv';
import { userChangeContext } from '../facts/changeContext';
import { createMemo } from '../memos/memoWrites';
import { readSampleFile, sampleFilePath } from './sampleFile';

export const SAMPLE_FACTS_FILE = 'facts.csv';
export const SAMPLE_MEMO_FILE = 'amazon-openai.md';

/** Fills a new workspace with the Amazon/OpenAI sample: its facts and its memo. */
export function fillSampleWorkspace(db: Database.Database): void {
  const parsed = parseFactsCsv(readSampleFile(SAMPLE_FACTS_FILE), `sample ${SAMPLE_FACTS_FILE}`);
  commitImportSync(db, parsed, userChangeContext('import'));
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
