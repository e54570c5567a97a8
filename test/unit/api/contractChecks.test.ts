import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../app/backend/createBackend';
import { createEventBus } from '../../../app/backend/events/createEventBus';
import { createRouter } from '../../../app/backend/router/createRouter';
import type { HandlerMap } from '../../../app/backend/router/handlerMap';
import { CHECK_CONTRACT_ENV } from '../../../app/backend/router/contractChecks';
import { handlerSpecs } from '../../../shared/api/contract';
import { desktopApi } from '../../../shared/api/desktopApi';
import type { PayloadOf } from '../../../shared/api/contract';

describe('the contract is enforced', () => {
  it('the tests run with the contract checks on', () => {
    expect(process.env[CHECK_CONTRACT_ENV]).toBe('1');
  });

  it('a result that does not match its schema is caught', async () => {
    const router = createRouter();
    router.register('app:info', () => ({ version: 1 }) as never);
    const result = await router.invoke('app:info', {});
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message: expect.stringMatching(
          /^"app:info" returned a result its contract refuses: .* at version\.$/,
        ),
      },
    });
    const unchecked = createRouter({ checkResults: false });
    unchecked.register('app:info', () => ({ version: 1 }) as never);
    expect(await unchecked.invoke('app:info', {})).toEqual({ ok: true, value: { version: 1 } });
  });

  it('an event whose payload does not match its schema throws', () => {
    const bus = createEventBus();
    const bad = { scenario: '', upserted: 'all' } as unknown as PayloadOf<'facts:changed'>;
    expect(() => bus.emit('facts:changed', bad)).toThrow(
      /Event "facts:changed" has a payload its contract refuses/,
    );
    expect(() =>
      bus.emit('facts:changed', { scenario: '', upserted: [], removed: [] }),
    ).not.toThrow();
  });

  it('the backend answers every handler but the desktop dialogs', () => {
    const backend = createBackend({ mode: 'test' });
    const desktop = [...Object.keys(desktopApi), 'links:pickFile'];
    expect(backend.router.names()).toEqual(
      Object.keys(handlerSpecs)
        .filter((name) => !desktop.includes(name))
        .sort(),
    );
    backend.close();
  });

  it('a handler map missing a handler does not compile', () => {
    // @ts-expect-error -- HandlerMap is total over the contract: every other handler is missing.
    const partial: HandlerMap = {
      'app:info': () => ({ version: '1', mode: 'test', workspace: null }),
    };
    expect(Object.keys(partial)).toEqual(['app:info']);
  });
});
