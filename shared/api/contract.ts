import type { z } from 'zod';
import type { HandlerSpecs, EventSpecs } from './apiSpec';
import { appApi, workspaceInfoSchema } from './appApi';
import { factsApi, factsEvents } from './factsApi';
import { importApi, importEvents } from './importApi';
import { memoApi, memoEvents } from './memoApi';
import { exportApi } from './exportApi';
import { desktopApi, desktopEvents } from './desktopApi';
import { scenariosApi, scenariosEvents } from './scenariosApi';
import { deskApi, deskEvents } from './deskApi';
import { linksApi, linksEvents } from './linksApi';
import { versionsApi } from './versionsApi';
import { houseStyleApi } from './houseStyleApi';

/**
 * THE contract between the renderer and the backend: every handler by name (`area:verb`)
 * with its argument and result schemas, and every event the backend pushes.
 * Each area declares its handlers in its own file; this file merges them.
 */
export const handlerSpecs = {
  ...appApi,
  ...factsApi,
  ...importApi,
  ...memoApi,
  ...exportApi,
  ...desktopApi,
  ...scenariosApi,
  ...deskApi,
  ...linksApi,
  ...versionsApi,
  ...houseStyleApi,
} as const satisfies HandlerSpecs;

export const eventSpecs = {
  'workspace:opened': workspaceInfoSchema,
  ...factsEvents,
  ...importEvents,
  ...memoEvents,
  ...desktopEvents,
  ...scenariosEvents,
  ...deskEvents,
  ...linksEvents,
} as const satisfies EventSpecs;

export type HandlerName = keyof typeof handlerSpecs;
export type EventName = keyof typeof eventSpecs;
export type ArgsOf<K extends HandlerName> = z.input<(typeof handlerSpecs)[K]['args']>;
export type ParsedArgsOf<K extends HandlerName> = z.output<(typeof handlerSpecs)[K]['args']>;
export type ResultOf<K extends HandlerName> = z.output<(typeof handlerSpecs)[K]['result']>;
export type PayloadOf<E extends EventName> = z.output<(typeof eventSpecs)[E]>;

export function isHandlerName(name: string): name is HandlerName {
  return Object.prototype.hasOwnProperty.call(handlerSpecs, name);
}

export function isEventName(name: string): name is EventName {
  return Object.prototype.hasOwnProperty.call(eventSpecs, name);
}
