import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../app/backend/createBackend';
import { connectDesk } from '../../../app/backend/desk/connectDesk';
import { syncWorkspace } from '../../../app/backend/desk/deskSync';
import type { FactsChanged } from '../../../shared/api/factsApi';
import type { DeskStatus } from '../../../shared/api/deskApi';
import { deskTestsEnabled, setFacts, useDeskCluster } from './deskFixture';

/** The app's desk: handlers, sync on connect, live pulls on NOTIFY, the status it shows. */
describe.runIf(deskTestsEnabled)('the app joined to a desk', () => {
  const fx = useDeskCluster();

  it(
    'connects, shows its status, and pulls a colleague’s change by itself within seconds',
    { timeout: 60_000 },
    async () => {
      const desk = await fx.newDesk();
      const backend = createBackend({ mode: 'test' });
      const changed: FactsChanged[] = [];
      const statuses: DeskStatus[] = [];
      backend.events.subscribe((name, payload) => {
        if (name === 'facts:changed') changed.push(payload as FactsChanged);
        if (name === 'desk:status') statuses.push(payload as DeskStatus);
      });
      try {
        const call = async (name: string, args: unknown) => {
          const r = await backend.router.invoke(name as never, args as never);
          if (!r.ok) throw new Error(r.error.message);
          return r.value as never;
        };
        await call('workspace:create', { path: join(fx.dir(), 'app.tickmark'), sample: false });
        const test = (await call('desk:test', {
          url: fx.cluster().url('postgres', 'nosuchdb'),
        })) as {
          ok: boolean;
          problem: { code: string } | null;
        };
        expect(test).toMatchObject({ ok: false, problem: { code: 'not_a_desk' } });
        expect(await call('desk:test', { url: desk.url('postgres') })).toEqual({
          ok: true,
          problem: null,
        });
        const joined = (await call('desk:connect', { url: desk.url('postgres') })) as DeskStatus;
        expect(joined.url).toBe(desk.url('postgres'));
        await waitFor(() => statuses.some((s) => s.state === 'synced'));

        const colleague = fx.newWorkspace('colleague');
        await connectDesk(colleague.db, desk.url('postgres'));
        setFacts(colleague, [{ ref: 'NWD.ebitda.FY2025', value: 3_400_000_000 }]);
        const started = Date.now();
        await syncWorkspace(colleague.db, 'colleague');
        await waitFor(() => changed.some((c) => c.upserted.some((f) => f.entity === 'NWD')));
        expect(Date.now() - started).toBeLessThan(10_000);
        const status = (await call('desk:status', {})) as DeskStatus;
        expect(status).toMatchObject({ state: 'synced', waiting: 0 });

        // A change here waits, and "sync now" pushes it.
        await call('facts:upsertMany', {
          facts: [{ entity: 'NWD', metric: 'capex', period: 'FY2025', value: 5 }],
        });
        expect(((await call('desk:status', {})) as DeskStatus).waiting).toBe(1);
        expect(await call('desk:sync', {})).toMatchObject({ state: 'synced', waiting: 0 });
      } finally {
        backend.close();
      }
    },
  );
});

async function waitFor(check: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}
