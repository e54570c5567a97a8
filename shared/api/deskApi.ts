import { z } from 'zod';

/**
 * The desk (CALC.md section 11): a PostgreSQL database a team shares its facts through.
 * Why a desk call failed, as data: the UI and the CLI pick their words from the code.
 */
export const DESK_PROBLEM_CODES = [
  /** The server does not answer (offline, wrong host or port): changes wait. */
  'unreachable',
  /** The server refused the role's password (or there was none: PGPASSWORD / ~/.pgpass). */
  'wrong_password',
  /** The database was made a desk by a newer Tickmark. */
  'newer_desk',
  /** The database is not a desk (run `tickmark desk init URL`). */
  'not_a_desk',
  /** The URL leads to a different desk than the one this workspace is joined to. */
  'other_desk',
  /** The role may not do this (a desk_reader pushing changes). */
  'not_allowed',
  /** The connection broke in the middle of a sync: nothing was half-written. */
  'dropped',
  /** The workspace is not joined to a desk. */
  'not_connected',
  /** The URL is not a postgresql:// URL. */
  'bad_url',
  /** A fact here or on the desk holds what a fact cannot (a value that is not a finite number). */
  'bad_value',
  /** Another program held the workspace's write lock: the sync waits for its next try. */
  'busy',
] as const;
export const deskProblemCodeSchema = z.enum(DESK_PROBLEM_CODES);
export type DeskProblemCode = z.infer<typeof deskProblemCodeSchema>;

export const deskProblemSchema = z.object({ code: deskProblemCodeSchema, message: z.string() });
export type DeskProblem = z.infer<typeof deskProblemSchema>;

/** A fact changed both here and on the desk since the last sync; the desk's value won. */
export const deskConflictSchema = z.object({
  entity: z.string(),
  metric: z.string(),
  period: z.string(),
  scenario: z.string(),
  /** The value here that lost (null: deleted here). */
  here: z.number().nullable(),
  /** The desk's value, now also here (null: deleted on the desk). */
  desk: z.number().nullable(),
  /** Who changed it on the desk (the database role). */
  deskWho: z.string(),
  at: z.string(),
});
export type DeskConflict = z.infer<typeof deskConflictSchema>;

/**
 * An entity's name and kind, or a scenario's description, changed both here and on the desk
 * since the last sync; or a scenario renamed or deleted both here and on the desk, otherwise.
 * The desk's won (as for facts, CALC.md section 11).
 */
export const deskNameConflictSchema = z.object({
  what: z.enum(['entity', 'scenario']),
  /** 'name': the entity's name and kind or the scenario's description; 'move': the scenario's rename or delete. */
  about: z.enum(['name', 'move']),
  /** The entity code or the scenario name (for a move, the name both sides moved from). */
  code: z.string(),
  /**
   * The name (a scenario's description) here that lost, and the entity's kind ('' for a
   * scenario). For a move, the name it was renamed to ('' : deleted).
   */
  here: z.string(),
  hereKind: z.string(),
  /** The desk's, now also here. */
  desk: z.string(),
  deskKind: z.string(),
  deskWho: z.string(),
  at: z.string(),
});
export type DeskNameConflict = z.infer<typeof deskNameConflictSchema>;

export const deskSyncResultSchema = z.object({
  pushed: z.number().int(),
  pulled: z.number().int(),
  conflicts: z.array(deskConflictSchema),
  nameConflicts: z.array(deskNameConflictSchema),
});
export type DeskSyncResult = z.infer<typeof deskSyncResultSchema>;

/** What the status line shows. */
export const DESK_STATES = [
  'not_connected',
  'synced',
  'waiting',
  'offline',
  'conflicts',
  'syncing',
] as const;
export const deskStatusSchema = z.object({
  state: z.enum(DESK_STATES),
  /** The desk's URL, never with a password. */
  url: z.string().nullable(),
  lastSyncAt: z.string().nullable(),
  lastPulledSeq: z.number().int(),
  /** Fact changes made here that the desk does not have yet. */
  waiting: z.number().int(),
  /** Conflicts of recent syncs, newest first, until dismissed. */
  conflicts: z.array(deskConflictSchema),
  /** Names and descriptions that lost to the desk's, newest first, until dismissed. */
  nameConflicts: z.array(deskNameConflictSchema),
  /** Why the last sync failed (null when it worked). */
  problem: deskProblemSchema.nullable(),
});
export type DeskStatus = z.infer<typeof deskStatusSchema>;

const deskUrlSchema = z.string().trim().min(1).max(2000);

export const deskApi = {
  'desk:status': { args: z.object({}).default({}), result: deskStatusSchema },
  /** Opens a connection and checks that the URL leads to a desk this Tickmark can use. */
  'desk:test': {
    args: z.object({ url: deskUrlSchema }),
    result: z.object({ ok: z.boolean(), problem: deskProblemSchema.nullable() }),
  },
  /** Joins the open workspace to the desk (its facts are pushed at the next sync). */
  'desk:connect': { args: z.object({ url: deskUrlSchema }), result: deskStatusSchema },
  'desk:sync': { args: z.object({}).default({}), result: deskStatusSchema },
  /** Forgets the conflicts listed so far (they stay in each fact's history). */
  'desk:dismissConflicts': { args: z.object({}).default({}), result: deskStatusSchema },
} as const;

export const deskEvents = {
  /** The desk status changed (a sync ran, a change waits, the desk went offline). */
  'desk:status': deskStatusSchema,
} as const;

/** A fact value as the sync messages show it: every digit, grouped (`3,400,000,000`). */
export function formatDeskValue(value: number | null): string {
  if (value === null) return 'deleted';
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 12, useGrouping: true }).format(
    value,
  );
}

/** `NWD.ebitda.FY2025` (with ` @bull` for a scenario's fact). */
export function deskFactName(
  c: Pick<DeskConflict, 'entity' | 'metric' | 'period' | 'scenario'>,
): string {
  const key = `${c.entity}.${c.metric}.${c.period}`;
  return c.scenario ? `${key} @${c.scenario}` : key;
}

/** The line `sync` prints for a conflict (CALC.md section 11). */
export function deskConflictLine(c: DeskConflict): string {
  return `conflict: ${deskFactName(c)} here ${formatDeskValue(c.here)}, desk ${formatDeskValue(c.desk)} (kept the desk's)`;
}

/** What a name conflict is about: `entity NWD name`, `scenario bull description`, `scenario bull`. */
export function deskNameSubject(c: Pick<DeskNameConflict, 'what' | 'about' | 'code'>): string {
  if (c.about === 'move') return `scenario ${c.code}`;
  return c.what === 'entity' ? `entity ${c.code} name` : `scenario ${c.code} description`;
}

/** A losing name as the lists show it: `"Northwind" (company)`; the kind only where it differs. */
export function deskNameValue(name: string, kind: string, otherKind: string): string {
  return kind !== otherKind && kind !== '' ? `"${name}" (${kind})` : `"${name}"`;
}

/** A scenario's move as the lists show it: `renamed to upside`, `deleted`. */
export function deskMoveValue(to: string): string {
  return to === '' ? 'deleted' : `renamed to ${to}`;
}

/** Both sides of a name conflict as the lists show them: [here, desk]. */
export function deskNameSides(c: DeskNameConflict): [string, string] {
  if (c.about === 'move') return [deskMoveValue(c.here), deskMoveValue(c.desk)];
  return [
    deskNameValue(c.here, c.hereKind, c.deskKind),
    deskNameValue(c.desk, c.deskKind, c.hereKind),
  ];
}

/** The line `sync` and `status` print for a name conflict, like a fact's. */
export function deskNameConflictLine(c: DeskNameConflict): string {
  const [here, desk] = deskNameSides(c);
  return `conflict: ${deskNameSubject(c)} here ${here}, desk ${desk} (kept the desk's)`;
}

/** Every conflict line of a sync result or a status: the facts', then the names'. */
export function deskConflictLines(r: {
  conflicts: DeskConflict[];
  nameConflicts?: DeskNameConflict[];
}): string[] {
  return [
    ...r.conflicts.map(deskConflictLine),
    ...(r.nameConflicts ?? []).map(deskNameConflictLine),
  ];
}

/** `pushed N, pulled M, conflicts K` (K: facts and names). */
export function deskSyncSummary(
  r: Pick<DeskSyncResult, 'pushed' | 'pulled' | 'conflicts'> & {
    nameConflicts?: DeskNameConflict[];
  },
): string {
  return `pushed ${r.pushed}, pulled ${r.pulled}, conflicts ${deskConflictLines(r).length}`;
}

/** The URL with any password taken out (a password is never stored or shown). */
export function deskUrlWithoutPassword(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:@/]*):[^@/]*@/, '$1@');
}
