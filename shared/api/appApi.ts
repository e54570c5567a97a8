import { z } from 'zod';

export const workspaceInfoSchema = z.object({
  path: z.string(),
  readOnly: z.boolean(),
});
export type WorkspaceInfo = z.infer<typeof workspaceInfoSchema>;

/** A workspace the user opened before, newest first (kept per user, on the backend's side). */
export const recentWorkspaceSchema = z.object({ path: z.string(), name: z.string() });

/** Why the last workspace could not be opened, exactly as the backend refused it. */
export const workspaceFailureSchema = z.object({ path: z.string(), message: z.string() });

export const appApi = {
  'app:info': {
    args: z.object({}),
    result: z.object({
      version: z.string(),
      mode: z.enum(['electron', 'browser', 'test']),
      workspace: workspaceInfoSchema.nullable(),
    }),
  },
  'workspace:open': {
    args: z.object({ path: z.string().min(1) }),
    result: workspaceInfoSchema,
  },
  'workspace:create': {
    args: z.object({ path: z.string().min(1), sample: z.boolean().default(false) }),
    result: workspaceInfoSchema,
  },
  /** The start screen's and Open's data: recent workspaces and why the last open failed. */
  'workspace:recent': {
    args: z.object({}),
    result: z.object({
      recent: z.array(recentWorkspaceSchema),
      lastFailure: workspaceFailureSchema.nullable(),
    }),
  },
} as const;
