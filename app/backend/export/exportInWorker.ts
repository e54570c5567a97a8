import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UserError } from '../router/userError';
import type { ExportJob } from './exportJob';
import type { LaidOutPdf } from './exportMemoPdf';
import type { WorkerReply, WorkerRequest } from './exportWorker';

/** The bundle's name for the worker entry, beside the bundle (scripts/build-electron.mjs). */
export const BUNDLED_WORKER_NAMES = ['exportWorker.mjs', 'exportWorker.js'] as const;

/** A worker may use this much heap; a runaway layout ends the worker, never the backend. */
const WORKER_HEAP_MB = 2048;

interface Pending {
  resolve(pdf: LaidOutPdf): void;
  reject(error: Error): void;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

/**
 * Where the export worker's entry is, and how to start it. A bundle (Electron's main, the
 * compiled CLI) ships `exportWorker.mjs` beside itself; from source (tsx, vitest) the worker
 * is `exportWorker.ts` next to this file, started through tsx's loader. Null when neither is
 * there (the caller then exports on its own thread).
 */
export function locateExportWorker(
  base: string = import.meta.url,
): { kind: 'bundle' | 'source'; url: URL } | null {
  for (const name of BUNDLED_WORKER_NAMES) {
    const url = new URL(`./${name}`, base);
    if (existsSync(fileURLToPath(url))) return { kind: 'bundle', url };
  }
  const source = new URL('./exportWorker.ts', base);
  if (existsSync(fileURLToPath(source))) return { kind: 'source', url: source };
  return null;
}

function startWorker(): Worker | null {
  const found = locateExportWorker();
  if (!found) return null;
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB };
  if (found.kind === 'bundle') return new Worker(found.url, { resourceLimits });
  const tsx = tsxEsmApi();
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(found.url.href)}); });`;
  return new Worker(bootstrap, { eval: true, resourceLimits });
}

/** tsx's ESM `register` (its package's `./esm/api` import entry), to load .ts in the worker. */
function tsxEsmApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  const entry = exports['./esm/api']?.import.default ?? './dist/esm/api/index.mjs';
  return new URL(entry, pathToFileURL(manifest)).href;
}

function workerFor(): Worker | null {
  if (worker) return worker;
  const started = startWorker();
  if (!started) return null;
  started.unref();
  started.on('message', (reply: WorkerReply) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (pending.size === 0) started.unref();
    if (reply.ok)
      waiting.resolve({ bytes: new Uint8Array(reply.pdf.bytes), pages: reply.pdf.pages });
    else if (reply.error.user) {
      waiting.reject(
        new UserError(
          reply.error.message,
          (reply.error.code as UserError['code'] | undefined) ?? 'failed',
          reply.error.where,
        ),
      );
    } else waiting.reject(new Error(reply.error.message));
  });
  const fail = (error: Error): void => {
    if (worker === started) worker = null;
    for (const [id, waiting] of pending) {
      pending.delete(id);
      waiting.reject(
        new UserError(
          `The export could not be finished: ${error.message}. Nothing was written.`,
          'failed',
        ),
      );
    }
  };
  started.on('error', fail);
  started.on('exit', (code) => fail(new Error(`the export worker stopped (exit code ${code})`)));
  worker = started;
  return started;
}

/**
 * Runs one export (evaluate, lay out, write the PDF bytes) on the export worker, so the
 * thread that answers requests stays free however long the layout takes. Falls back to this
 * thread only when the worker's entry file is not shipped.
 */
export async function exportInWorker(
  job: ExportJob,
  runHere: (job: ExportJob) => Promise<LaidOutPdf>,
): Promise<LaidOutPdf> {
  const target = workerFor();
  if (!target) return runHere(job);
  const id = nextId++;
  return new Promise<LaidOutPdf>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    target.ref();
    const request: WorkerRequest = { id, job };
    target.postMessage(request);
  });
}

/** Stops the export worker (tests, shutdown); a later export starts a new one. */
export async function stopExportWorker(): Promise<void> {
  const current = worker;
  worker = null;
  if (current) await current.terminate();
}
