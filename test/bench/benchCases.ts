import type { BenchCase } from './benchTypes';
import { routerBench } from './routerBench';
import { calcBench } from './calcBench';
import { dbBench } from './dbBench';
import { exportBench } from './exportBench';
import { memoMarkdownBench } from './memoMarkdownBench';
import { editorBench } from './editorBench';
import { dataGridBench } from './dataGridBench';
import { hardeningBench } from './hardeningBench';
import { deskBench } from './deskBench';

/** Every benchmark case `npm run bench` runs, in order. Each area adds its own file here. */
export const benchCases: BenchCase[] = [
  routerBench,
  calcBench,
  dbBench,
  exportBench,
  memoMarkdownBench,
  editorBench,
  dataGridBench,
  hardeningBench,
  deskBench,
];
