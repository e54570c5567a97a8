import { join } from 'node:path';
import { createBackend, type Backend } from '../../../app/backend/createBackend';
import type { EventName, HandlerName, ArgsOf, ResultOf } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/apiError';

export interface TestBackend {
  backend: Backend;
  path: string;
  /** Every event pushed since the last `takeEvents()`. */
  takeEvents(): { name: EventName; payload: unknown }[];
  /** Calls a handler through the router; throws the API error's message if it fails. */
  call<K extends HandlerName>(name: K, args: ArgsOf<K>): Promise<ResultOf<K>>;
  /** Calls a handler and returns the API error (throws if the call succeeded). */
  fail<K extends HandlerName>(name: K, args: ArgsOf<K>): Promise<ApiError>;
}

/** A backend with a new workspace (the sample, unless `sample: false`) in `dir`. */
export async function backendWithWorkspace(dir: string, sample = true): Promise<TestBackend> {
  const backend = createBackend({ mode: 'test' });
  const path = join(dir, 'test.tickmark');
  let events: { name: EventName; payload: unknown }[] = [];
  backend.events.subscribe((name, payload) => events.push({ name, payload }));
  const result = await backend.router.invoke('workspace:create', { path, sample });
  if (!result.ok) throw new Error(result.error.message);
  events = [];
  return {
    backend,
    path,
    takeEvents() {
      const taken = events;
      events = [];
      return taken;
    },
    async call(name, args) {
      const r = await backend.router.invoke(name, args);
      if (!r.ok) throw new Error(`${name} failed: ${r.error.message}`);
      return r.value as ResultOf<typeof name>;
    },
    async fail(name, args) {
      const r = await backend.router.invoke(name, args);
      if (r.ok) throw new Error(`${name} succeeded but should have failed`);
      return r.error;
    },
  };
}
