import { userInfo } from 'node:os';
import type { ChangeOrigin } from '../../../shared/api/factsApi';

/** Who makes a change and through what, for the change log. */
export interface ChangeContext {
  /** The OS user name, or `cli`. */
  who: string;
  origin: ChangeOrigin;
}

/** A change made by the person at this computer (the app, an import, a script through the API). */
export function userChangeContext(origin: ChangeOrigin): ChangeContext {
  return { who: osUserName(), origin };
}

/** The change context of the `tickmark` command line. */
export const CLI_CHANGE_CONTEXT: ChangeContext = { who: 'cli', origin: 'cli' };

function osUserName(): string {
  try {
    return userInfo().username || 'unknown';
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
}
