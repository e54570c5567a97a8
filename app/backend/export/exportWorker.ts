import { parentPort } from 'node:worker_threads';
import { UserError } from '../router/userError';
import { runExportJob, type ExportJob } from './exportJob';
import type { LaidOutPdf } from './exportMemoPdf';

/**
 * The export worker's entry (worker_threads): runs each job it is sent and answers with the
 * PDF bytes or the error as data, so a long layout never blocks the thread that answers
 * requests. Started by `exportInWorker.ts`.
 */
export interface WorkerRequest {
  id: number;
  job: ExportJob;
}

export type WorkerReply =
  | { id: number; ok: true; pdf: LaidOutPdf }
  | {
      id: number;
      ok: false;
      error: { user: boolean; message: string; code?: string; where?: string | undefined };
    };

const port = parentPort;
if (port) {
  port.on('message', (request: WorkerRequest) => {
    runExportJob(request.job).then(
      (pdf) => {
        const reply: WorkerReply = { id: request.id, ok: true, pdf };
        port.postMessage(reply);
      },
      (error: unknown) => {
        const reply: WorkerReply = {
          id: request.id,
          ok: false,
          error:
            error instanceof UserError
              ? { user: true, message: error.message, code: error.code, where: error.where }
              : { user: false, message: error instanceof Error ? error.message : String(error) },
        };
        port.postMessage(reply);
      },
    );
  });
}
