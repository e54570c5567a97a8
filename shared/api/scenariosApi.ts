import { z } from 'zod';
import { isIdentifier } from '../calc/identifiers';
import { calcFactSchema } from './factsApi';
import { IDENTIFIER_RULE } from './factFields';

/** A named scenario (never the base case): an identifier such as `bull`, `bear`, `downside`. */
export const scenarioNameSchema = z
  .string()
  .refine(isIdentifier, `A scenario name is ${IDENTIFIER_RULE}`);
const descriptionSchema = z.string().max(2000);

export const scenarioSchema = z.object({
  name: z.string(),
  description: z.string(),
  /** How many facts the scenario overrides. */
  overrides: z.number().int(),
});
export type Scenario = z.infer<typeof scenarioSchema>;

/** A scenario with its override facts, for a live engine (CALC.md section 6). */
export const scenarioOverridesSchema = z.object({
  name: z.string(),
  description: z.string(),
  overrides: z.array(calcFactSchema),
});
export type ScenarioOverrides = z.infer<typeof scenarioOverridesSchema>;

export const scenariosApi = {
  /** Every scenario by name, with its number of overrides and its description. */
  'scenarios:list': {
    args: z.object({}),
    result: z.object({ scenarios: z.array(scenarioSchema) }),
  },
  /** Every scenario with its override facts (the base facts come from `facts:all`). */
  'scenarios:overrides': {
    args: z.object({}),
    result: z.object({ scenarios: z.array(scenarioOverridesSchema) }),
  },
  /** A new, empty scenario; refused (`conflict`) if the name is taken. */
  'scenarios:create': {
    args: z.object({ name: scenarioNameSchema, description: descriptionSchema.default('') }),
    result: scenarioSchema,
  },
  /** Renames a scenario and moves its overrides with it (each move logged). */
  'scenarios:rename': {
    args: z.object({ name: scenarioNameSchema, to: scenarioNameSchema }),
    result: scenarioSchema,
  },
  'scenarios:describe': {
    args: z.object({ name: scenarioNameSchema, description: descriptionSchema }),
    result: scenarioSchema,
  },
  /** Deletes a scenario and its overrides (each logged); the base facts stay. */
  'scenarios:delete': {
    args: z.object({ name: scenarioNameSchema }),
    result: z.object({ name: z.string(), overridesDeleted: z.number().int() }),
  },
} as const;

export const scenariosEvents = {
  /** Scenarios were created, renamed, described or deleted: lists and switchers reload. */
  'scenarios:changed': z.object({ names: z.array(z.string()) }),
} as const;
