import { z } from 'zod';
import { bytesSchema } from './bytesCodec';
import { exportOptionsSchema } from './exportOptionsSchema';

export { exportOptionsSchema, type ExportOptionsInput } from './exportOptionsSchema';

export const exportApi = {
  /** The memo as a PDF, every figure computed; refused (listing each error) if a figure has one, unless allowErrors. */
  'export:pdf': {
    args: z.object({
      memoId: z.number().int().positive(),
      options: exportOptionsSchema.prefault({}),
    }),
    result: z.object({
      fileName: z.string(),
      /** The PDF's bytes (over HTTP the transport encodes them: shared/api/bytesCodec.ts). */
      bytes: bytesSchema,
      pages: z.number().int(),
      /** The memo version kept for this export. */
      version: z.number().int(),
    }),
  },
} as const;
