import pg from 'pg';
import { deskUrlWithoutPassword } from '../../../shared/api/deskApi';
import { UserError } from '../router/userError';
import { DeskError, toDeskError } from './deskError';

/** How long to wait for the desk to answer before calling it unreachable. */
const CONNECT_TIMEOUT_MS = 5_000;
/** A statement that takes longer than this means the network is gone. */
const QUERY_TIMEOUT_MS = 120_000;

/** An open connection to a desk; `where` is its URL without password, for messages. */
export interface DeskConnection {
  client: pg.Client;
  where: string;
  /** Runs `fn`, turning any database error into a DeskError that says what happened. */
  run<T>(fn: (client: pg.Client) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Refuses anything but a libpq URL (`postgresql://USER@HOST:PORT/DB`). */
export function checkDeskUrl(url: string): void {
  if (!/^postgres(ql)?:\/\/[^/]*\/[^/?#]+/.test(url))
    throw new DeskError(
      'bad_url',
      `"${deskUrlWithoutPassword(url)}" is not a desk URL; write postgresql://USER@HOST:PORT/DB.`,
    );
}

/**
 * Connects to the desk. The password comes from the URL only if the user typed it there
 * (`desk init`); otherwise node-postgres reads PGPASSWORD or ~/.pgpass, as libpq does.
 */
export async function openDeskConnection(url: string): Promise<DeskConnection> {
  checkDeskUrl(url);
  const where = deskUrlWithoutPassword(url);
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    query_timeout: QUERY_TIMEOUT_MS,
    keepAlive: true,
    application_name: 'tickmark',
  });
  // An error after connecting (the server went away) also arrives as an event: keep it from
  // crashing the process; the query that was running rejects with it.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw toDeskError(error, where, false);
  }
  return {
    client,
    where,
    async run(fn) {
      try {
        return await fn(client);
      } catch (error) {
        // The workspace's own refusals (busy, read-only, a DeskError) pass as they are.
        if (error instanceof UserError) throw error;
        throw toDeskError(error, where, true);
      }
    },
    close: () => client.end().catch(() => undefined),
  };
}

/** Opens, runs `fn`, always closes. */
export async function withDesk<T>(
  url: string,
  fn: (desk: DeskConnection) => Promise<T>,
): Promise<T> {
  const desk = await openDeskConnection(url);
  try {
    return await fn(desk);
  } finally {
    await desk.close();
  }
}
