import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../app/backend/router/createRouter';
import { UserError } from '../../../app/backend/router/userError';

describe('the backend router', () => {
  it('runs a registered handler with validated arguments', async () => {
    const router = createRouter();
    router.register('workspace:open', ({ path }) => ({ path, readOnly: false }));
    expect(await router.invoke('workspace:open', { path: '/tmp/a.tickmark' })).toEqual({
      ok: true,
      value: { path: '/tmp/a.tickmark', readOnly: false },
    });
  });

  it('rejects a second handler under the same name', () => {
    const router = createRouter();
    router.register('app:info', () => ({ version: '1', mode: 'test', workspace: null }));
    expect(() =>
      router.register('app:info', () => ({ version: '2', mode: 'test', workspace: null })),
    ).toThrow(/registered twice/);
  });

  it('refuses a name that is not in the contract', () => {
    const router = createRouter();
    expect(() =>
      router.register('nope:nothing' as 'app:info', () => ({
        version: '',
        mode: 'test',
        workspace: null,
      })),
    ).toThrow(/not a handler of the contract/);
  });

  it('answers an unknown call with a typed error', async () => {
    const result = await createRouter().invoke('files:delete', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_handler' } });
  });

  it('never runs the handler when the arguments do not match the schema, and says where', async () => {
    const router = createRouter();
    let ran = false;
    router.register('workspace:open', () => {
      ran = true;
      return { path: '', readOnly: false };
    });
    const result = await router.invoke('workspace:open', { path: 42 });
    expect(ran).toBe(false);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_args', where: 'path' } });
  });

  it('turns a thrown error into a typed error result', async () => {
    const router = createRouter();
    router.register('workspace:open', () => {
      throw new UserError('/x.tickmark is not a Tickmark workspace.', 'failed', '/x.tickmark');
    });
    router.register('workspace:create', () => {
      throw new TypeError('disk on fire');
    });
    expect(await router.invoke('workspace:open', { path: '/x.tickmark' })).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message: '/x.tickmark is not a Tickmark workspace.',
        where: '/x.tickmark',
      },
    });
    expect(await router.invoke('workspace:create', { path: '/y' })).toEqual({
      ok: false,
      error: { code: 'failed', message: 'disk on fire' },
    });
  });
});
