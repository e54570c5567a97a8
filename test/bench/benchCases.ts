import type { BenchCase } from './benchTypes';
import { routerBench } from './routerBench';

/** Every benchmark case `npm run bench` runs, in order. Each area adds its own file here. */
export const benchCases: BenchCase[] = [routerBench];
