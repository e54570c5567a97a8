import type Database from 'better-sqlite3';
import { commitImportSync } from '../import/commitImport';
import { parseFactsCsv } from '../import/parseFactsCsv';
import { userChangeContext } from '../facts/changeContext';
import { readSampleFile } from './sampleFile';

/** Fills a new workspace with the Amazon/OpenAI sample: its facts (and its memo, once the Markdown reader exists). */
export function fillSampleWorkspace(db: Database.Database): void {
  const parsed = parseFactsCsv(readSampleFile('facts.csv'), 'sample facts.csv');
  commitImportSync(db, parsed, userChangeContext('import'));
}
