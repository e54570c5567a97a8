import { z } from 'zod';
import type { Fact } from '../calc/calcTypes';
import { factFieldProblem, ENTITY_KINDS, type FactFieldName } from './factFields';
import { SINGLE_LINE_MAX } from '../memo/textLimits';

/** A string field checked by its rule in factFields.ts, refused in that rule's one wording. */
function ruleSchema(field: FactFieldName) {
  return z.string().refine((text) => factFieldProblem(field, text) === null, {
    error: (issue) => factFieldProblem(field, issue.input) ?? `${field} is not acceptable`,
  });
}

export const entityCodeSchema = ruleSchema('entity');
export const metricSchema = ruleSchema('metric');
export const periodSchema = ruleSchema('period');
/** '' is the base case; otherwise the name of a scenario (an identifier). */
export const scenarioSchema = ruleSchema('scenario');
export const unitSchema = ruleSchema('unit');
export const asOfSchema = ruleSchema('asOf').nullable();
export const entityKindSchema = z.enum(ENTITY_KINDS);
const textField = z.string().max(10_000);

export const entitySchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: entityKindSchema,
  factCount: z.number().int(),
});
export type Entity = z.infer<typeof entitySchema>;

/** A fact as the data browser shows it. `id` is stable while the fact exists. */
export const factRowSchema = z.object({
  id: z.number().int(),
  entity: z.string(),
  entityName: z.string(),
  metric: z.string(),
  period: z.string(),
  scenario: z.string(),
  value: z.number(),
  unit: z.string(),
  source: z.string(),
  asOf: z.string().nullable(),
  note: z.string(),
  updatedAt: z.string(),
});
export type FactRow = z.infer<typeof factRowSchema>;

/** The fact of shared/calc (what `facts:changed` and `facts:all` carry). */
export const calcFactSchema = z.object({
  entity: z.string(),
  metric: z.string(),
  period: z.string(),
  value: z.number(),
  unit: z.string(),
  source: z.string(),
  asOf: z.string().nullable(),
  note: z.string().optional(),
}) satisfies z.ZodType<Fact>;

export const factIdentitySchema = z.object({
  entity: entityCodeSchema,
  metric: metricSchema,
  period: periodSchema,
  scenario: scenarioSchema.default(''),
});
export type FactIdentity = z.output<typeof factIdentitySchema>;

/** A fact by its id (from a list) or by its identity. */
export const factRefSchema = z.union([
  z.object({ id: z.number().int().positive() }),
  factIdentitySchema,
]);
export type FactRef = z.output<typeof factRefSchema>;

const factFieldsSchema = z.object({
  value: z.number(),
  unit: unitSchema.default(''),
  source: textField.default(''),
  asOf: asOfSchema.default(null),
  note: textField.default(''),
});

/** A fact to write. A new entity is created with `entityName` and `entityKind` (defaults: the code, other). */
export const factInputSchema = factIdentitySchema.extend(factFieldsSchema.shape).extend({
  entityName: z.string().max(500).optional(),
  entityKind: entityKindSchema.optional(),
});
export type FactInput = z.output<typeof factInputSchema>;

/** Fields to change; changing entity, metric, period or scenario moves the fact. */
export const factPatchSchema = z
  .object({
    entity: entityCodeSchema,
    metric: metricSchema,
    period: periodSchema,
    scenario: scenarioSchema,
    value: z.number(),
    unit: unitSchema,
    source: textField,
    asOf: asOfSchema,
    note: textField,
  })
  .partial();
export type FactPatch = z.output<typeof factPatchSchema>;

/** A fact's fields before or after a change. */
export const factSnapshotSchema = z.object({
  value: z.number(),
  unit: z.string(),
  source: z.string(),
  asOf: z.string().nullable(),
  note: z.string(),
});
export type FactSnapshot = z.infer<typeof factSnapshotSchema>;

export const changeOriginSchema = z.enum(['ui', 'import', 'cli', 'api', 'link']);
export type ChangeOrigin = z.infer<typeof changeOriginSchema>;

/** One entry of the change log, newest first in `facts:history`. */
export const factChangeSchema = z.object({
  id: z.number().int(),
  entity: z.string(),
  metric: z.string(),
  period: z.string(),
  scenario: z.string(),
  action: z.enum(['create', 'update', 'delete']),
  oldValue: z.number().nullable(),
  newValue: z.number().nullable(),
  before: factSnapshotSchema.nullable(),
  after: factSnapshotSchema.nullable(),
  who: z.string(),
  at: z.string(),
  origin: changeOriginSchema,
});
export type FactChange = z.infer<typeof factChangeSchema>;

export const FACT_SORT_COLUMNS = [
  'entity',
  'metric',
  'period',
  'scenario',
  'value',
  'unit',
  'source',
  'asOf',
  'updatedAt',
] as const;

export const factListQuerySchema = z.object({
  entity: z.string().optional(),
  metric: z.string().optional(),
  period: z.string().optional(),
  /** Omitted: every scenario; '' the base case only. */
  scenario: z.string().optional(),
  /** Case-insensitive; matches entity code or name, metric, period, source or note. */
  text: z.string().max(500).optional(),
  /** `period` sorts by end date. Ties break on entity, metric, period. */
  sort: z
    .object({
      column: z.enum(FACT_SORT_COLUMNS),
      direction: z.enum(['asc', 'desc']).default('asc'),
    })
    .optional(),
  limit: z.number().int().min(1).max(200_000).default(1000),
  offset: z.number().int().min(0).default(0),
});
export type FactListQuery = z.output<typeof factListQuerySchema>;

/** What one write changed: the event `facts:changed`, one per scenario touched. */
export const factsChangedSchema = z.object({
  /** '' for the base case (what memos compute from); a base-case engine ignores other scenarios. */
  scenario: z.string(),
  upserted: z.array(calcFactSchema),
  /** `ENTITY.metric.PERIOD` of each fact removed (deleted, or moved away by an update). */
  removed: z.array(z.string()),
});
export type FactsChanged = z.infer<typeof factsChangedSchema>;

const upsertCountsSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
export type UpsertCounts = z.infer<typeof upsertCountsSchema>;

/** The figures of the memos (not in the trash) that read a fact, directly or through calc lines. */
export const factUsageSchema = z.object({
  figures: z.number().int(),
  memos: z.array(z.object({ id: z.number().int(), title: z.string(), figures: z.number().int() })),
});
export type FactUsage = z.infer<typeof factUsageSchema>;

export const factsApi = {
  'entities:list': {
    args: z.object({}),
    result: z.object({ entities: z.array(entitySchema) }),
  },
  'entities:upsert': {
    args: z.object({
      code: entityCodeSchema,
      name: z.string().max(SINGLE_LINE_MAX).optional(),
      kind: entityKindSchema.optional(),
    }),
    result: entitySchema,
  },
  'entities:delete': {
    args: z.object({ code: entityCodeSchema, withFacts: z.boolean().default(false) }),
    result: z.object({ code: z.string(), factsDeleted: z.number().int() }),
  },
  'facts:list': {
    args: factListQuerySchema,
    result: z.object({ rows: z.array(factRowSchema), total: z.number().int() }),
  },
  'facts:get': { args: z.object({ ref: factRefSchema }), result: factRowSchema },
  'facts:create': { args: factInputSchema, result: factRowSchema },
  'facts:update': {
    args: z.object({ ref: factRefSchema, set: factPatchSchema }),
    result: factRowSchema,
  },
  'facts:delete': {
    args: z.object({ refs: z.array(factRefSchema).min(1).max(200_000) }),
    result: z.object({ deleted: z.number().int() }),
  },
  'facts:upsertMany': {
    args: z.object({ facts: z.array(factInputSchema).max(200_000) }),
    result: upsertCountsSchema,
  },
  'facts:usage': { args: z.object({ ref: factRefSchema }), result: factUsageSchema },
  'facts:history': {
    args: z.object({ ref: factRefSchema }),
    result: z.object({ changes: z.array(factChangeSchema) }),
  },
  'facts:all': {
    args: z.object({ scenario: scenarioSchema.default('') }),
    result: z.object({
      facts: z.array(calcFactSchema),
      entities: z.array(entitySchema.omit({ factCount: true })),
    }),
  },
} as const;

export const factsEvents = {
  'facts:changed': factsChangedSchema,
  /** Entities were created, renamed or deleted: the data browser reloads its list. */
  'entities:changed': z.object({ codes: z.array(z.string()) }),
} as const;
