import { handlerSpecs, isHandlerName, type HandlerName } from '../../../shared/api/contract';
import type { ApiError, ApiResult } from '../../../shared/api/apiError';
import { toApiError } from './toApiError';
import { contractChecksOn, contractMismatch } from './contractChecks';

import type { Handler, HandlersOf } from './handlerMap';

export type { Handler, HandlerMap } from './handlerMap';

export interface Router {
  register<K extends HandlerName>(name: K, handler: Handler<K>): void;
  registerAll(handlers: Partial<HandlersOf<HandlerName>>): void;
  /** Validates `rawArgs` against the contract, runs the handler, never throws. */
  invoke(name: string, rawArgs: unknown): Promise<ApiResult<unknown>>;
  names(): string[];
}

/**
 * The one place a call from any transport (IPC, HTTP, tests) enters the backend.
 * `checkResults` (on under the tests' env flag) parses each result against the contract.
 */
export function createRouter({ checkResults = contractChecksOn() } = {}): Router {
  const handlers = new Map<string, (args: unknown) => unknown>();

  const register = <K extends HandlerName>(name: K, handler: Handler<K>): void => {
    if (!isHandlerName(name)) throw new Error(`"${name}" is not a handler of the contract`);
    if (handlers.has(name)) throw new Error(`handler "${name}" is registered twice`);
    handlers.set(name, handler as (args: unknown) => unknown);
  };

  return {
    register,
    registerAll(map) {
      for (const [name, handler] of Object.entries(map)) {
        if (handler) register(name as HandlerName, handler as Handler<HandlerName>);
      }
    },
    async invoke(name, rawArgs) {
      const handler = handlers.get(name);
      if (!isHandlerName(name) || !handler) {
        return fail({ code: 'unknown_handler', message: `Unknown call "${name}".` });
      }
      const parsed = handlerSpecs[name].args.safeParse(rawArgs ?? {});
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue?.path.length ? issue.path.join('.') : undefined;
        return fail({
          code: 'invalid_args',
          message: `Invalid arguments for "${name}": ${issue?.message ?? 'rejected'}${where ? ` at ${where}` : ''}.`,
          ...(where ? { where } : {}),
          problems: parsed.error.issues.map((i) => ({
            code: i.code,
            message: i.message,
            place: i.path.join('.'),
          })),
        });
      }
      let value: unknown;
      try {
        value = await handler(parsed.data);
      } catch (error) {
        return fail(toApiError(error));
      }
      const mismatch = checkResults ? contractMismatch(handlerSpecs[name].result, value) : null;
      if (mismatch) {
        return fail({
          code: 'failed',
          message: `"${name}" returned a result its contract refuses: ${mismatch}.`,
        });
      }
      return { ok: true, value };
    },
    names: () => [...handlers.keys()].sort(),
  };
}

function fail(error: ApiError): ApiResult<never> {
  return { ok: false, error };
}
