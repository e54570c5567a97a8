import type { BenchCase } from './benchTypes';
import { createBackend } from '../../app/backend/createBackend';
import { measure, median } from './measure';

/** The router's cost per call (validation + dispatch) against calling the handler's work directly. */
export const routerBench: BenchCase = {
  name: 'router',
  async run() {
    const backend = createBackend({ mode: 'test' });
    const calls = 10_000;
    const viaRouter = await measure(
      async () => {
        for (let i = 0; i < calls; i++) await backend.router.invoke('app:info', {});
      },
      { runs: 10 },
    );
    const direct = await measure(
      async () => {
        for (let i = 0; i < calls; i++)
          await Promise.resolve({
            version: '0',
            mode: 'test',
            workspace: backend.workspace.info(),
          });
      },
      { runs: 10 },
    );
    backend.close();
    return [
      {
        name: `${calls} app:info calls through the router`,
        value: median(viaRouter),
        unit: 'ms',
        baseline: { name: 'the same result built directly', value: median(direct) },
      },
    ];
  },
};
