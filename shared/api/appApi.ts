import { z } from 'zod';

export const workspaceInfoSchema = z.object({
  path: z.string(),
  readOnly: z.boolean(),
});
export type WorkspaceInfo = z.infer<typeof workspaceInfoSchema>;

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
} as const;
