import type Database from 'better-sqlite3';
import pg from 'pg';
import type { DeskProblem, DeskStatus } from '../../../shared/api/deskApi';
import type { FactsChanged } from '../../../shared/api/factsApi';
import type { EventBus } from '../events/createEventBus';
import type { WorkspaceHolder } from '../workspace/workspaceHolder';
import { UserError } from '../router/userError';
import { DeskError } from './deskError';
import { readDeskLink } from './deskLink';
import { notConnectedStatus, readDeskStatus } from './deskStatus';
import { syncWorkspace } from './deskSync';

/** How often an open, joined workspace syncs by itself. */
export const DESK_SYNC_INTERVAL_MS = 60_000;
/** A burst of desk notifications becomes one pull this long after the first. */
const NOTIFY_DEBOUNCE_MS = 250;

/** The desk side of the app: syncs on open, every minute and on demand; pulls live on NOTIFY. */
export interface DeskService {
  status(): DeskStatus;
  /** Syncs now (joins a sync already running); never throws: failures are in the status. */
  sync(): Promise<DeskStatus>;
  /** Call after the workspace joined a desk: listens and syncs. */
  restart(): void;
  close(): void;
}

export function createDeskService(
  events: EventBus,
  workspace: WorkspaceHolder,
  options: { intervalMs?: number } = {},
): DeskService {
  let problem: DeskProblem | null = null;
  let running: Promise<DeskStatus> | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  let listener: pg.Client | null = null;
  let debounce: ReturnType<typeof setTimeout> | null = null;
  let generation = 0;

  const currentDb = (): Database.Database | null => {
    try {
      return workspace.current().db;
    } catch {
      return null;
    }
  };
  const status = (): DeskStatus => {
    const db = currentDb();
    if (!db || !db.open) return notConnectedStatus(problem);
    return readDeskStatus(db, problem, running !== null);
  };
  const publish = (): void => events.emit('desk:status', status());

  const sync = (): Promise<DeskStatus> => {
    if (running) return running;
    const db = currentDb();
    if (!db || !readDeskLink(db)) return Promise.resolve(status());
    const mine = generation;
    running = (async () => {
      publish();
      try {
        const result = await syncWorkspace(db, workspace.current().path);
        if (mine !== generation) return status();
        problem = null;
        publishFacts(events, result.changed);
        if (result.names.entities.length > 0)
          events.emit('entities:changed', { codes: result.names.entities });
        if (result.names.scenarios.length > 0)
          events.emit('scenarios:changed', { names: result.names.scenarios });
        for (const memo of result.memos) events.emit('memos:changed', { ...memo, action: 'saved' });
        if (!listener) void listen();
      } catch (error) {
        if (mine !== generation) return status();
        problem =
          error instanceof DeskError
            ? error.toProblem()
            : error instanceof UserError && error.code === 'busy'
              ? { code: 'busy', message: error.message }
              : {
                  code: 'dropped',
                  message: error instanceof Error ? error.message : String(error),
                };
      } finally {
        running = null;
      }
      const next = status();
      events.emit('desk:status', next);
      return next;
    })();
    return running;
  };

  /** LISTEN on the desk: a colleague's commit pulls here within a second. */
  const listen = async (): Promise<void> => {
    const db = currentDb();
    const link = db ? readDeskLink(db) : null;
    if (!link || listener) return;
    const mine = generation;
    const client = new pg.Client({
      connectionString: link.url,
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
      application_name: 'tickmark-listen',
    });
    listener = client;
    const drop = (): void => {
      if (listener === client) listener = null;
      void client.end().catch(() => undefined);
    };
    client.on('error', drop);
    client.on('end', drop);
    client.on('notification', () => {
      if (debounce) return;
      debounce = setTimeout(() => {
        debounce = null;
        void sync();
      }, NOTIFY_DEBOUNCE_MS);
    });
    try {
      await client.connect();
      await client.query('LISTEN tickmark_desk');
      if (mine !== generation) drop();
    } catch {
      drop();
    }
  };

  const stop = (): void => {
    generation++;
    problem = null;
    if (timer) clearInterval(timer);
    timer = null;
    if (debounce) clearTimeout(debounce);
    debounce = null;
    if (listener) void listener.end().catch(() => undefined);
    listener = null;
  };

  const restart = (): void => {
    stop();
    const db = currentDb();
    if (!db || db.readonly || !readDeskLink(db)) return;
    timer = setInterval(() => void sync(), options.intervalMs ?? DESK_SYNC_INTERVAL_MS);
    timer.unref?.();
    void sync();
  };

  // A change made here shows in the status line as waiting (one recount per burst of writes).
  let recount: ReturnType<typeof setTimeout> | null = null;
  const unsubscribe = events.subscribe((name) => {
    if (name === 'workspace:opened') restart();
    if (name === 'facts:changed' && !running && !recount) {
      recount = setTimeout(() => {
        recount = null;
        const db = currentDb();
        if (db?.open && readDeskLink(db)) publish();
      }, 300);
      recount.unref?.();
    }
  });

  return {
    status,
    sync,
    restart,
    close() {
      unsubscribe();
      if (recount) clearTimeout(recount);
      stop();
    },
  };
}

function publishFacts(events: EventBus, changed: FactsChanged[]): void {
  for (const payload of changed)
    if (payload.upserted.length > 0 || payload.removed.length > 0)
      events.emit('facts:changed', payload);
}
