import type Database from 'better-sqlite3';
import { deskUrlWithoutPassword } from '../../../shared/api/deskApi';
import { withDesk } from './deskConnection';
import { saveDeskLink, type DeskLink } from './deskLink';
import { assertUsableDesk, readDeskId } from './deskSchema';

/**
 * Joins the workspace to the desk at `url` after checking it is a desk this Tickmark can use.
 * The URL is stored without any password. `passwordDropped`: the URL had one (not stored).
 */
export async function connectDesk(
  db: Database.Database,
  url: string,
): Promise<{ link: DeskLink; passwordDropped: boolean }> {
  const stored = deskUrlWithoutPassword(url.trim());
  const deskId = await withDesk(url.trim(), async (desk) => {
    await assertUsableDesk(desk);
    return desk.run(readDeskId);
  });
  return { link: saveDeskLink(db, stored, deskId), passwordDropped: stored !== url.trim() };
}

/** Opens a connection to check the URL leads to a usable desk (throws a DeskError if not). */
export async function testDesk(url: string): Promise<void> {
  await withDesk(url.trim(), (desk) => assertUsableDesk(desk));
}
