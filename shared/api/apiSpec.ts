import type { z } from 'zod';

/** One handler of the contract: the schema of its argument and of its result. */
export interface HandlerSpec<A extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  args: A;
  result: R;
}

export type HandlerSpecs = Record<`${string}:${string}`, HandlerSpec>;
export type EventSpecs = Record<`${string}:${string}`, z.ZodType>;
