import type { BenchCase } from './benchTypes';
import { routerBench } from './routerBench';
import { calcBench } from './calcBench';
import { dbBench } from './dbBench';
import { exportBench } from './exportBench';
import { chartBench } from './chartBench';
import { memoMarkdownBench } from './memoMarkdownBench';
import { editorBench } from './editorBench';
import { dataGridBench } from './dataGridBench';
import { cliStartBench } from './cliStartBench';
import { scenarioBench } from './scenarioBench';
import { hardeningBench } from './hardeningBench';
import { deskBench } from './deskBench';
import { linkBench } from './linkBench';
import { versionsBench } from './versionsBench';

/** Every benchmark case `npm run bench` runs, in order. Each area adds its own file here. */
export const benchCases: BenchCase[] = [
  routerBench,
  calcBench,
  dbBench,
  exportBench,
  chartBench,
  memoMarkdownBench,
  editorBench,
  dataGridBench,
  cliStartBench,
  scenarioBench,
  hardeningBench,
  deskBench,
  linkBench,
  versionsBench,
];
